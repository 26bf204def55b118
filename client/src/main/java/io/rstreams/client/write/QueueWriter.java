package io.rstreams.client.write;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import io.rstreams.client.BusConfig;
import io.rstreams.client.Event;
import io.rstreams.client.RStreamsException;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.FirehoseTransport;
import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.aws.PutResult;
import io.rstreams.client.bus.EventsFile;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.Gzip;
import io.rstreams.client.codec.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes events to RStreams queues through the bus, exactly as the Node SDK's {@code load}/{@code toLeo} do
 * (protocol.md 5.1 - 5.3): events become gzip NDJSON chunks, chunks become Kinesis records sent with
 * {@code PutRecords}, failed entries alone are retried with back-off, oversize events travel through S3 with a
 * pointer record; in {@link WriteMode#S3} every event goes through multi-member S3 files, and in
 * {@link WriteMode#FIREHOSE} through Firehose. Only the bus assigns eids.
 *
 * <p>{@link #write(Event)} returns a future that completes when the bus has accepted the record carrying that
 * event, and fails with {@link WriteFailedException} if it never does; {@link #flush()} sends whatever is buffered
 * and completes when everything written so far is accepted. A reader may checkpoint an input only after the
 * outputs it caused are accepted: that is what these futures are for.
 *
 * <p>Memory is bounded: once {@code maxBufferedBytes} are buffered or in flight, {@code write} blocks its caller
 * (at most {@code callTimeout}). Records are sent one {@code PutRecords} at a time, in order.
 */
public final class QueueWriter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(QueueWriter.class);
	private static final AtomicInteger THREADS = new AtomicInteger();

	private final BusConfig bus;
	private final WriterSettings settings;
	private final KinesisTransport kinesis;
	private final FirehoseTransport firehose;
	private final ObjectStore s3;
	private final Clock clock;
	private final String botId;
	private final ScheduledExecutorService executor;
	private final Semaphore buffer;
	private final int bufferPermits;
	private final ReentrantLock lock = new ReentrantLock();
	private final Set<CompletableFuture<Void>> outstanding = ConcurrentHashMap.newKeySet();
	private final Set<CompletableFuture<Void>> unacknowledged = ConcurrentHashMap.newKeySet();
	private final Deque<OutRecord> pending = new ArrayDeque<>();
	private final Map<String, EventsFile> files = new LinkedHashMap<>();
	private final Map<String, List<CompletableFuture<Void>>> fileAcks = new LinkedHashMap<>();

	private final java.util.concurrent.atomic.AtomicLong eventsAccepted = new java.util.concurrent.atomic.AtomicLong();
	private final java.util.concurrent.atomic.AtomicLong eventsFailed = new java.util.concurrent.atomic.AtomicLong();
	private final java.util.concurrent.atomic.AtomicLong recordsSent = new java.util.concurrent.atomic.AtomicLong();
	private final java.util.concurrent.atomic.AtomicLong recordRetries = new java.util.concurrent.atomic.AtomicLong();

	private ByteArrayOutputStream chunk = new ByteArrayOutputStream();
	private List<CompletableFuture<Void>> chunkAcks = new ArrayList<>();
	private String chunkQueue;
	private int chunkCount;
	private long fileCounter;
	private boolean inFlight;
	private boolean waitingForData;
	private boolean backingOff;
	private boolean flushRequested;
	private ScheduledFuture<?> lingerTimer;
	private volatile boolean closed;

	private QueueWriter(Builder b) {
		this.bus = Objects.requireNonNull(b.bus, "bus");
		this.settings = b.settings;
		this.kinesis = b.kinesis;
		this.firehose = b.firehose;
		this.s3 = b.objectStore;
		this.clock = b.clock;
		this.botId = b.botId;
		this.bufferPermits = (int) Math.min(Integer.MAX_VALUE, settings.maxBufferedBytes());
		this.buffer = new Semaphore(bufferPermits);
		switch (settings.mode()) {
			case KINESIS -> require(kinesis != null, "a Kinesis transport");
			case S3 -> require(kinesis != null && s3 != null, "a Kinesis transport and an S3 object store");
			case FIREHOSE -> require(firehose != null, "a Firehose transport");
		}
		if (settings.mode() != WriteMode.FIREHOSE) {
			require(bus.leoKinesisStream() != null, "LeoKinesisStream in the bus config");
		}
		else {
			require(bus.leoFirehoseStream() != null, "LeoFirehoseStream in the bus config");
		}
		this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "rstreams-writer-" + THREADS.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	private void require(boolean condition, String what) {
		if (!condition) {
			throw new IllegalArgumentException("A " + settings.mode() + " writer needs " + what);
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	public WriterSettings settings() {
		return settings;
	}

	/**
	 * Queues {@code event} for the bus. Missing {@code id} becomes the writer's bot id, missing timestamps become
	 * now (as the SDK's {@code load} does).
	 *
	 * @return completes when the bus accepted the event's record
	 * @throws IllegalArgumentException for an event the bus would drop (no queue, no id, a payload that is not
	 *                                  truthy) - rejected here rather than lost silently there
	 */
	public CompletableFuture<Void> write(Event event) {
		Event e = normalize(event);
		byte[] json = Json.mapper().writeValueAsBytes(EventCodec.toWireNode(e));
		int permits = (int) Math.min(json.length + 16L, bufferPermits);
		acquire(permits, e);
		CompletableFuture<Void> ack = new CompletableFuture<>();
		// what callers and flush() wait for completes only after the counters moved, so that they agree with it
		CompletableFuture<Void> counted = ack.whenComplete((ok, failure) -> {
			buffer.release(permits);
			(failure == null ? eventsAccepted : eventsFailed).incrementAndGet();
		});
		outstanding.add(counted);
		unacknowledged.add(ack);
		counted.whenComplete((ok, failure) -> {
			outstanding.remove(counted);
			unacknowledged.remove(ack);
		});
		lock.lock();
		try {
			if (closed) {
				ack.completeExceptionally(new RStreamsException("The writer is closed"));
				return counted;
			}
			switch (settings.mode()) {
				case KINESIS, FIREHOSE -> addToChunk(e, json, ack);
				case S3 -> addToFile(e, ack);
			}
			scheduleLinger();
			trySend();
		}
		catch (RuntimeException ex) {
			ack.completeExceptionally(ex);
		}
		finally {
			lock.unlock();
		}
		return counted;
	}

	private Event normalize(Event event) {
		Objects.requireNonNull(event, "event");
		if (event.event() == null || event.event().isBlank()) {
			throw new IllegalArgumentException("An event needs a queue ('event') to be written");
		}
		if (!event.hasTruthyPayload()) {
			throw new IllegalArgumentException("Queue '" + event.event() + "': the bus drops events whose payload is "
					+ "null, false, 0 or an empty string (got " + event.payload() + ")");
		}
		String id = event.id() != null ? event.id() : botId;
		if (id == null) {
			throw new IllegalArgumentException("Queue '" + event.event() + "': an event needs the producing bot's id");
		}
		long now = clock.millis();
		Event.Builder b = event.toBuilder().id(id).eid(null);
		if (event.eventSourceTimestamp() == null || event.eventSourceTimestamp() == 0) {
			b.eventSourceTimestamp(now);
		}
		if (event.timestamp() == null || event.timestamp() == 0) {
			b.timestamp(now);
		}
		return b.build();
	}

	private void acquire(int permits, Event e) {
		try {
			if (!buffer.tryAcquire(permits, settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new WriteFailedException("Queue '" + e.event() + "': the writer's buffer ("
						+ settings.maxBufferedBytes() + " bytes) stayed full for " + settings.callTimeout().toMillis()
						+ " ms; the bus is not accepting writes", null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WriteFailedException("Interrupted while waiting for buffer space", ex);
		}
	}

	private void addToChunk(Event e, byte[] json, CompletableFuture<Void> ack) {
		if (settings.mode() == WriteMode.KINESIS && json.length > settings.offloadThresholdBytes()) {
			closeChunk();
			offload(e, ack);
			return;
		}
		long lineLength = json.length + 12;
		if (chunkCount > 0 && chunk.size() + lineLength > settings.chunkBytes()) {
			closeChunk();
		}
		chunk.write(json, 0, json.length - 1);
		chunk.writeBytes((",\"eid\":" + chunkCount + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		if (chunkCount == 0) {
			chunkQueue = e.event();
		}
		chunkCount++;
		chunkAcks.add(ack);
		if (chunkCount >= settings.chunkRecords() || chunk.size() >= settings.chunkBytes()) {
			closeChunk();
		}
	}

	private void closeChunk() {
		if (chunkCount == 0) {
			return;
		}
		byte[] text = chunk.toByteArray();
		byte[] data = settings.mode() == WriteMode.FIREHOSE ? text : Gzip.compress(text);
		pending.add(new OutRecord(CompletableFuture.completedFuture(data), chunkAcks, partitionKeyFor(chunkQueue),
				chunkCount + " events"));
		chunk = new ByteArrayOutputStream();
		chunkAcks = new ArrayList<>();
		chunkCount = 0;
		chunkQueue = null;
	}

	private void offload(Event e, CompletableFuture<Void> ack) {
		requireS3();
		EventsFile file = newFile(e.event(), e.id());
		file.add(EventCodec.toWireNode(e));
		file.closeMember();
		log.debug("Event of {} bytes for queue '{}' goes through S3: {}", file.memberSize(), e.event(), file);
		pending.add(upload(file, List.of(ack)));
	}

	private void addToFile(Event e, CompletableFuture<Void> ack) {
		EventsFile file = files.computeIfAbsent(e.event(), q -> newFile(q, botId != null ? botId : e.id()));
		fileAcks.computeIfAbsent(e.event(), q -> new ArrayList<>()).add(ack);
		if (file.memberSize() >= settings.s3ChunkBytes()) {
			file.closeMember();
		}
		file.add(EventCodec.toWireNode(e));
		if (file.memberSize() >= settings.s3ChunkBytes()) {
			file.closeMember();
			if (file.members() >= settings.s3ChunksPerFile()) {
				closeFile(e.event());
			}
		}
	}

	private EventsFile newFile(String queue, String prefix) {
		requireS3();
		return new EventsFile(queue, bus.leoS3(), prefix, ++fileCounter, clock.millis());
	}

	private void requireS3() {
		if (s3 == null || bus.leoS3() == null) {
			throw new WriteFailedException("Writing through S3 needs an S3 object store and LeoS3 in the bus config",
					null);
		}
	}

	private void closeFile(String queue) {
		EventsFile file = files.remove(queue);
		List<CompletableFuture<Void>> acks = fileAcks.remove(queue);
		if (file == null || file.records() == 0) {
			return;
		}
		file.closeMember();
		pending.add(upload(file, acks));
	}

	private OutRecord upload(EventsFile file, List<CompletableFuture<Void>> acks) {
		byte[] pointer = file.pointerRecord(clock.millis());
		CompletableFuture<byte[]> data = s3.put(bus.leoS3(), file.key(), file.bytes()).thenApply(done -> pointer);
		return new OutRecord(data, acks, partitionKeyFor(null), file.toString());
	}

	private String partitionKeyFor(String queue) {
		if (settings.useQueuePartition() && queue != null) {
			return queue;
		}
		return settings.partitionKey();
	}

	private void scheduleLinger() {
		if (lingerTimer == null || lingerTimer.isDone()) {
			long delay = settings.linger().toMillis();
			lingerTimer = executor.schedule(this::onLinger, delay, TimeUnit.MILLISECONDS);
		}
	}

	private void onLinger() {
		lock.lock();
		try {
			closeChunk();
			long now = clock.millis();
			for (String queue : new ArrayList<>(files.keySet())) {
				if (now - files.get(queue).createdAt() >= settings.s3FileTime().toMillis()) {
					closeFile(queue);
				}
			}
			flushRequested = true;
			trySend();
			if (!files.isEmpty()) {
				scheduleLingerAfterThis();
			}
		}
		catch (RuntimeException ex) {
			log.error("RStreams writer failed while flushing buffered events", ex);
		}
		finally {
			lock.unlock();
		}
	}

	private void scheduleLingerAfterThis() {
		lingerTimer = executor.schedule(this::onLinger, settings.linger().toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Sends everything buffered.
	 *
	 * @return completes when every event written before this call was accepted; fails if any of them failed
	 */
	public CompletableFuture<Void> flush() {
		List<CompletableFuture<Void>> snapshot;
		lock.lock();
		try {
			closeChunk();
			for (String queue : new ArrayList<>(files.keySet())) {
				closeFile(queue);
			}
			flushRequested = true;
			snapshot = new ArrayList<>(outstanding);
			trySend();
		}
		finally {
			lock.unlock();
		}
		return CompletableFuture.allOf(snapshot.toArray(CompletableFuture[]::new));
	}

	/** Events the bus accepted. */
	public long eventsAccepted() {
		return eventsAccepted.get();
	}

	/** Events that could not be written (after the retries), or were refused. */
	public long eventsFailed() {
		return eventsFailed.get();
	}

	/** Records (Kinesis records or Firehose batches) the bus accepted. */
	public long recordsSent() {
		return recordsSent.get();
	}

	/** Records sent again after the bus refused them (throttling, partial failures). */
	public long recordRetries() {
		return recordRetries.get();
	}

	/** Events buffered or in flight. */
	public int pending() {
		return outstanding.size();
	}

	/** Whether nothing is buffered or in flight. */
	public boolean isIdle() {
		return outstanding.isEmpty();
	}

	private void trySend() {
		if (inFlight || waitingForData || backingOff || pending.isEmpty()) {
			if (pending.isEmpty() && chunkCount == 0 && files.isEmpty()) {
				flushRequested = false;
			}
			return;
		}
		if (!flushRequested && !batchIsFull()) {
			return;
		}
		List<OutRecord> batch = new ArrayList<>();
		long bytes = 0;
		long limit = settings.mode() == WriteMode.FIREHOSE ? settings.firehoseBatchBytes() : settings.batchBytes();
		while (!pending.isEmpty()) {
			OutRecord head = pending.peekFirst();
			if (!head.data.isDone()) {
				if (batch.isEmpty()) {
					waitingForData = true;
					head.data.whenCompleteAsync((d, f) -> {
						lock.lock();
						try {
							waitingForData = false;
							trySend();
						}
						finally {
							lock.unlock();
						}
					}, executor);
					return;
				}
				break;
			}
			if (head.data.isCompletedExceptionally()) {
				pending.pollFirst();
				Throwable failure = head.data.handle((d, f) -> f).join();
				failAll(head, new WriteFailedException("Could not upload " + head.description + " to S3: "
						+ AwsCalls.unwrap(failure).getMessage(), AwsCalls.unwrap(failure)));
				continue;
			}
			int size = head.size();
			if (!batch.isEmpty() && (batch.size() >= maxRecordsPerCall() || bytes + size > limit)) {
				break;
			}
			batch.add(pending.pollFirst());
			bytes += size;
		}
		if (batch.isEmpty()) {
			trySend();
			return;
		}
		inFlight = true;
		send(batch).whenCompleteAsync((results, failure) -> onSent(batch, results, failure), executor);
	}

	private int maxRecordsPerCall() {
		return settings.mode() == WriteMode.FIREHOSE ? Integer.MAX_VALUE : settings.batchRecords();
	}

	private boolean batchIsFull() {
		if (pending.size() >= maxRecordsPerCall()) {
			return true;
		}
		long bytes = 0;
		for (OutRecord r : pending) {
			bytes += r.size();
		}
		long limit = settings.mode() == WriteMode.FIREHOSE ? settings.firehoseBatchBytes() : settings.batchBytes();
		return bytes >= limit;
	}

	private CompletableFuture<List<PutResult>> send(List<OutRecord> batch) {
		try {
			if (settings.mode() == WriteMode.FIREHOSE) {
				ByteArrayOutputStream all = new ByteArrayOutputStream();
				for (OutRecord r : batch) {
					all.writeBytes(r.data.join());
				}
				return firehose.putRecordBatch(bus.leoFirehoseStream(), List.of(all.toByteArray()))
						.thenApply(results -> expand(results, batch.size()));
			}
			List<KinesisRecord> records = new ArrayList<>(batch.size());
			for (OutRecord r : batch) {
				records.add(new KinesisRecord(r.data.join(), r.partitionKey,
						settings.useQueuePartition() ? null : settings.explicitHashKey()));
			}
			return kinesis.putRecords(bus.leoKinesisStream(), records);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/** One Firehose record carries the whole batch: its result applies to every record in it. */
	private static List<PutResult> expand(List<PutResult> results, int n) {
		PutResult r = results.isEmpty() ? PutResult.failed("NoResult", "Firehose returned no result") : results.get(0);
		List<PutResult> all = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			all.add(r);
		}
		return all;
	}

	private void onSent(List<OutRecord> batch, List<PutResult> results, Throwable failure) {
		List<Runnable> completions = new ArrayList<>();
		lock.lock();
		try {
			inFlight = false;
			List<OutRecord> retry = new ArrayList<>();
			if (failure != null) {
				RuntimeException error = AwsCalls.translate(failure, () -> "Writing to the bus");
				boolean retryable = !(error instanceof AwsCallException ace) || ace.isRetryable();
				for (OutRecord r : batch) {
					r.attempts++;
					r.lastError = error.getMessage();
					if (retryable && r.attempts < settings.maxAttempts()) {
						retry.add(r);
					}
					else {
						completions.add(() -> failAll(r, new WriteFailedException("Could not write " + r.description
								+ " after " + r.attempts + " attempt(s): " + error.getMessage(), error)));
					}
				}
			}
			else {
				for (int i = 0; i < batch.size(); i++) {
					OutRecord r = batch.get(i);
					PutResult result = i < results.size() ? results.get(i) : PutResult.failed("NoResult", "missing");
					if (result.accepted()) {
						recordsSent.incrementAndGet();
						completions.add(() -> r.acks.forEach(a -> a.complete(null)));
						continue;
					}
					r.attempts++;
					r.lastError = result.errorCode() + ": " + result.errorMessage();
					if (r.attempts < settings.maxAttempts()) {
						retry.add(r);
					}
					else {
						completions.add(() -> failAll(r, new WriteFailedException("Could not write " + r.description
								+ " after " + r.attempts + " attempts, last error " + r.lastError, null)));
					}
				}
			}
			for (int i = retry.size() - 1; i >= 0; i--) {
				pending.addFirst(retry.get(i));
			}
			if (!retry.isEmpty()) {
				recordRetries.addAndGet(retry.size());
				int attempt = retry.get(0).attempts + 1;
				long delay = settings.backoff(attempt).toMillis();
				log.debug("Retrying {} record(s) in {} ms (attempt {}): {}", retry.size(), delay, attempt,
						retry.get(0).lastError);
				backingOff = true;
				flushRequested = true;
				executor.schedule(() -> {
					lock.lock();
					try {
						backingOff = false;
						trySend();
					}
					finally {
						lock.unlock();
					}
				}, delay, TimeUnit.MILLISECONDS);
			}
			else {
				trySend();
			}
		}
		finally {
			lock.unlock();
		}
		completions.forEach(Runnable::run);
	}

	private void failAll(OutRecord r, RuntimeException error) {
		log.warn("RStreams write failed: {}", error.getMessage());
		r.acks.forEach(a -> a.completeExceptionally(error));
	}

	/** Flushes (waiting at most {@code callTimeout} for the bus) and stops the writer. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		try {
			flush().get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("RStreams writer closed with {} event(s) not yet accepted by the bus", outstanding.size());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("RStreams writer closed after a failed write: {}", ex.getMessage());
		}
		finally {
			closed = true;
			lock.lock();
			try {
				RStreamsException error = new RStreamsException("The writer was closed before the bus accepted this event");
				for (CompletableFuture<Void> f : new ArrayList<>(unacknowledged)) {
					f.completeExceptionally(error);
				}
			}
			finally {
				lock.unlock();
			}
			executor.shutdownNow();
		}
	}

	/** Builds a writer; {@code bus} and the transport(s) for the chosen mode are required. */
	public static final class Builder {

		private BusConfig bus;
		private WriterSettings settings = WriterSettings.defaults();
		private KinesisTransport kinesis;
		private FirehoseTransport firehose;
		private ObjectStore objectStore;
		private Clock clock = Clock.systemUTC();
		private String botId;

		private Builder() {
		}

		public Builder bus(BusConfig value) {
			bus = value;
			return this;
		}

		public Builder settings(WriterSettings value) {
			settings = Objects.requireNonNull(value);
			return this;
		}

		public Builder kinesis(KinesisTransport value) {
			kinesis = value;
			return this;
		}

		public Builder firehose(FirehoseTransport value) {
			firehose = value;
			return this;
		}

		public Builder objectStore(ObjectStore value) {
			objectStore = value;
			return this;
		}

		public Builder clock(Clock value) {
			clock = Objects.requireNonNull(value);
			return this;
		}

		/** The id given to events that have none (the SDK's {@code load(botId, ...)}). */
		public Builder botId(String value) {
			botId = value;
			return this;
		}

		public QueueWriter build() {
			return new QueueWriter(this);
		}
	}
}
