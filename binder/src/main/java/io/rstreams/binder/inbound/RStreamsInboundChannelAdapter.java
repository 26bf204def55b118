package io.rstreams.binder.inbound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.RStreamsCheckpointer;
import io.rstreams.binder.properties.CheckpointMode;
import io.rstreams.binder.properties.RStreamsConsumerProperties;
import io.rstreams.client.Event;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.bus.QueueInfo;
import io.rstreams.client.leocron.BotLease;
import io.rstreams.client.checkpoint.LeaseLostException;
import io.rstreams.client.checkpoint.StaleCheckpointException;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadRequest;
import io.rstreams.client.read.ReadStart;
import io.rstreams.client.read.StartPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.integration.acks.AcknowledgmentCallback;
import org.springframework.integration.core.Pausable;
import org.springframework.integration.core.RecoveryCallback;
import org.springframework.integration.endpoint.MessageProducerSupport;
import org.springframework.integration.support.ErrorMessageUtils;
import org.springframework.messaging.Message;

/**
 * Reads one queue for one bot and hands its events to the binding, one poll at a time, on its own thread.
 *
 * <p>Each poll costs one LeoEvent read; LeoStream is queried only when {@code max_eid} is past the position. Events
 * are delivered one by one (or as one batch in batch mode) with the binding's retry policy; what still fails goes
 * to the binding's error channel (with a dead-letter queue, or a handler that accepts it, the binding moves on;
 * otherwise the failure comes back here and the binding retries from the last good event after a back-off, never
 * skipping it). Data that cannot be decoded goes the same way. Checkpoints follow the checkpoint mode and never
 * cover an event whose outputs are not accepted by the bus. A stale checkpoint stops the binding.
 */
public class RStreamsInboundChannelAdapter extends MessageProducerSupport implements Pausable {

	private static final Logger log = LoggerFactory.getLogger(RStreamsInboundChannelAdapter.class);
	private static final AtomicInteger THREADS = new AtomicInteger();
	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private final RStreamsBusConnection connection;
	private final QueueReader reader;
	private final BotSetup bot;
	private final String queue;
	private final String bindingName;
	private final ExtendedConsumerProperties<RStreamsConsumerProperties> properties;
	private final RStreamsConsumerProperties rstreams;
	private final CheckpointMode mode;
	private final InboundMessages messages;
	private final PartitionKeys partitionKeys;
	private final PartitionKeys orderingKeys;
	private final int concurrency;
	private java.util.concurrent.ExecutorService workers;
	private final AtomicBoolean running = new AtomicBoolean();
	private final AtomicBoolean paused = new AtomicBoolean();
	private final AtomicBoolean rewindRequested = new AtomicBoolean();
	private final Object wakeUp = new Object();

	private final BindingStats stats = new BindingStats();
	private final String owner;

	private RetryTemplate retryTemplate;
	private RecoveryCallback<?> recoverer;
	private volatile BindingState state = BindingState.STOPPED;
	private volatile Throwable lastError;
	private volatile Instant lastErrorAt;
	private volatile Instant blockedSince;
	private volatile String position;
	private volatile String initialPosition;
	private volatile CheckpointTracker tracker;
	private volatile BotLease lease;
	private volatile String moveRequest;
	private Thread thread;
	private ScheduledExecutorService renewer;
	private ScheduledFuture<?> renewal;
	private CountDownLatch stopped = new CountDownLatch(0);

	public RStreamsInboundChannelAdapter(RStreamsBusConnection connection, QueueReader reader, BotSetup bot,
			String queue, ExtendedConsumerProperties<RStreamsConsumerProperties> properties) {
		this.connection = connection;
		this.reader = reader;
		this.bot = bot;
		this.queue = queue;
		this.properties = properties;
		this.rstreams = properties.getExtension();
		this.bindingName = properties.getBindingName() == null ? queue : properties.getBindingName();
		this.mode = rstreams.getCheckpointMode() == null ? CheckpointMode.BATCH : rstreams.getCheckpointMode();
		this.messages = new InboundMessages(queue, bot.botId(), properties.isUseNativeDecoding());
		this.owner = ReaderIdentity.of(bindingName);
		this.partitionKeys = new PartitionKeys(rstreams.getPartitionKeyExpression());
		this.concurrency = Math.max(1, properties.getConcurrency());
		this.orderingKeys = rstreams.getOrderingKeyExpression() == null ? null
				: new PartitionKeys(rstreams.getOrderingKeyExpression());
	}

	public void setRetryTemplate(RetryTemplate retryTemplate) {
		this.retryTemplate = retryTemplate;
	}

	public void setRecoverer(RecoveryCallback<?> recoverer) {
		this.recoverer = recoverer;
	}

	@Override
	public String getComponentType() {
		return "rstreams:inbound-channel-adapter";
	}

	@Override
	protected void doStart() {
		if (!running.compareAndSet(false, true)) {
			return;
		}
		stopped = new CountDownLatch(1);
		state = BindingState.STARTING;
		int n = THREADS.incrementAndGet();
		renewer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "rstreams-" + bindingName + "-lease-" + n);
			t.setDaemon(true);
			return t;
		});
		if (concurrency > 1) {
			AtomicInteger worker = new AtomicInteger();
			workers = Executors.newFixedThreadPool(concurrency, r -> {
				Thread t = new Thread(r, "rstreams-" + bindingName + "-worker-" + worker.incrementAndGet());
				t.setDaemon(true);
				return t;
			});
		}
		// not a daemon: like a message listener container, a reading binding keeps the application running
		thread = new Thread(this::run, "rstreams-" + bindingName + "-" + n);
		thread.start();
	}

	@Override
	protected void doStop() {
		if (!running.compareAndSet(true, false)) {
			return;
		}
		wake();
		try {
			if (!stopped.await(rstreams.getShutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("Binding '{}' did not finish its in-flight events within {}; interrupting it", bindingName,
						rstreams.getShutdownTimeout());
				thread.interrupt();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			renewer.shutdownNow();
			if (workers != null) {
				workers.shutdownNow();
			}
		}
	}

	@Override
	public void pause() {
		paused.set(true);
	}

	@Override
	public void resume() {
		paused.set(false);
		wake();
	}

	@Override
	public boolean isPaused() {
		return paused.get();
	}

	public BindingState state() {
		return paused.get() && state == BindingState.RUNNING ? BindingState.PAUSED : state;
	}

	public Throwable lastError() {
		return lastError;
	}

	/** When {@link #lastError()} happened, or {@code null}. */
	public Instant lastErrorAt() {
		return lastErrorAt;
	}

	public BindingStats stats() {
		return stats;
	}

	/** Whether this reader holds the bot's lease on the queue ({@code true} when leases are off). */
	public boolean leaseHeld() {
		BotLease l = lease;
		return l == null ? state == BindingState.RUNNING || state == BindingState.PAUSED || state == BindingState.BLOCKED
				: l.isHeld();
	}

	/** This reader's identity in leases. */
	public String owner() {
		return owner;
	}

	public String bindingName() {
		return bindingName;
	}

	/**
	 * Moves the bot's checkpoint to {@code eid} (an operator's action): the reader finishes what it has in hand,
	 * writes the checkpoint unconditionally (as the Node SDK's force), and goes on reading after it.
	 */
	public void moveCheckpoint(String eid) {
		io.rstreams.client.EventId.parse(eid);
		moveRequest = eid;
		wake();
	}

	/** The exclusive lower bound of the next read. */
	public String position() {
		return position;
	}

	/** The last checkpoint stored (or kept in memory for an anonymous consumer). */
	public String checkpoint() {
		CheckpointTracker t = tracker;
		return t == null ? null : t.checkpointed();
	}

	public String botId() {
		return bot.botId();
	}

	public String queue() {
		return queue;
	}

	private void run() {
		try {
			if (!register()) {
				return;
			}
			Duration backoff = rstreams.getErrorBackoff();
			while (running.get()) {
				try {
					if (!holdsLease()) {
						continue;
					}
					if (tracker == null && !startReading()) {
						return;
					}
					if (paused.get()) {
						observe();
						sleep(rstreams.getPollInterval());
						continue;
					}
					if (moveRequest != null) {
						applyMove();
					}
					if (rewindRequested.getAndSet(false)) {
						rewind();
					}
					boolean read = poll();
					backoff = rstreams.getErrorBackoff();
					unblocked();
					measureLag(read);
					if (!read) {
						checkpointIfDue(true);
						sleep(rstreams.getPollInterval());
					}
				}
				catch (LeaseLostException ex) {
					leaseLost(ex.getMessage());
				}
				catch (StaleCheckpointException ex) {
					stale(ex);
					return;
				}
				catch (RuntimeException ex) {
					blocked(ex);
					log.error("Binding '{}' (bot '{}', queue '{}') failed; retrying from {} in {} ms: {}", bindingName,
							bot.botId(), queue, safePosition(), backoff.toMillis(), describe(ex));
					if (!recoverProgress()) {
						return;
					}
					measureLagQuietly();
					sleep(backoff);
					backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
				}
			}
			finalCheckpoint();
		}
		catch (Throwable ex) {
			failed(ex);
			state = BindingState.FAILED;
			log.error("Binding '{}' stopped: {}", bindingName, ex.getMessage(), ex);
		}
		finally {
			releaseLease();
			if (state == BindingState.RUNNING || state == BindingState.STANDBY || state == BindingState.BLOCKED
					|| state == BindingState.STARTING) {
				state = BindingState.STOPPED;
			}
			stopped.countDown();
		}
	}

	private void failed(Throwable ex) {
		lastError = ex;
		lastErrorAt = Instant.now();
	}

	/** The binding cannot advance: it stays at its position and tries again; status says where, since when, why. */
	private void blocked(Throwable ex) {
		failed(ex);
		if (blockedSince == null) {
			blockedSince = lastErrorAt;
		}
		if (state == BindingState.RUNNING || state == BindingState.STARTING || state == BindingState.STOPPED) {
			state = BindingState.BLOCKED;
		}
	}

	/** A poll went through: the binding advances again. */
	private void unblocked() {
		if (state == BindingState.BLOCKED) {
			state = BindingState.RUNNING;
			log.info("Binding '{}' (bot '{}', queue '{}') reads again after being blocked since {}", bindingName,
					bot.botId(), queue, blockedSince);
		}
		blockedSince = null;
	}

	/** When the binding last started failing without advancing since, or {@code null} when it advances. */
	public Instant blockedSince() {
		return blockedSince;
	}

	private void measureLagQuietly() {
		try {
			measureLag(false);
		}
		catch (RuntimeException ex) {
			log.debug("Binding '{}': could not measure the lag while blocked: {}", bindingName, describe(ex));
		}
	}

	/** Registers the bot (retrying transient failures until stopped). */
	private boolean register() {
		Duration backoff = rstreams.getErrorBackoff();
		while (running.get()) {
			try {
				bot.register(connection, queue, null);
				lease = bot.lease(connection, queue, owner, rstreams.getLeaseDuration(), rstreams.isLeaseEnabled());
				return true;
			}
			catch (RuntimeException ex) {
				blocked(ex);
				log.error("Binding '{}' could not register bot '{}' in LeoCron; retrying in {} ms: {}", bindingName,
						bot.botId(), backoff.toMillis(), describe(ex));
				sleep(backoff);
				backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
			}
		}
		return false;
	}

	/**
	 * With leases: makes sure this reader holds the bot's lease, standing by (and retrying) while another reader
	 * has it. Returns false when the caller should loop again.
	 */
	private boolean holdsLease() {
		BotLease l = lease;
		if (l == null || l.isHeld()) {
			return true;
		}
		// only a reader that was reading loses something; one still registering or resolving its start just waits
		if (tracker != null) {
			leaseLost("the lease expired or was taken before it could be renewed");
		}
		state = BindingState.STANDBY;
		boolean acquired;
		try {
			acquired = l.tryAcquire();
		}
		catch (RuntimeException ex) {
			failed(ex);
			log.warn("Binding '{}': could not take the lease of bot '{}' on queue '{}': {}", bindingName, bot.botId(),
					queue, describe(ex));
			acquired = false;
		}
		if (!acquired) {
			sleep(rstreams.getLeaseRetryInterval());
			return false;
		}
		stats.leaseAcquisitions.incrementAndGet();
		log.info("Binding '{}' ({}) holds the lease of bot '{}' on queue '{}'", bindingName, owner, bot.botId(), queue);
		scheduleRenewal(l);
		return true;
	}

	private void scheduleRenewal(BotLease l) {
		long every = (rstreams.getLeaseRenewInterval() != null ? rstreams.getLeaseRenewInterval()
				: rstreams.getLeaseDuration().dividedBy(3)).toMillis();
		if (renewal != null) {
			renewal.cancel(false);
		}
		renewal = renewer.scheduleWithFixedDelay(() -> {
			try {
				if (!l.renew()) {
					log.warn("Binding '{}' lost the lease of bot '{}' on queue '{}' to another reader", bindingName,
							bot.botId(), queue);
					wake();
				}
			}
			catch (RuntimeException ex) {
				failed(ex);
				log.warn("Binding '{}': renewing the lease of bot '{}' failed (held until {}): {}", bindingName,
						bot.botId(), Instant.ofEpochMilli(l.expiresAt()), describe(ex));
			}
		}, every, every, TimeUnit.MILLISECONDS);
	}

	/** Stops reading at once: nothing handled since the last checkpoint is checkpointed; the next owner reads it. */
	private void leaseLost(String why) {
		stats.leaseLosses.incrementAndGet();
		if (renewal != null) {
			renewal.cancel(false);
		}
		if (lease != null) {
			lease.markLost();
		}
		if (tracker != null) {
			tracker.rewind();
		}
		tracker = null;
		state = BindingState.STANDBY;
		log.warn("Binding '{}' stopped reading queue '{}' for bot '{}': {}. It stands by and takes over again when the "
				+ "lease is free.", bindingName, queue, bot.botId(), why);
	}

	private void releaseLease() {
		if (renewal != null) {
			renewal.cancel(false);
		}
		BotLease l = lease;
		if (l != null && l.isHeld()) {
			try {
				l.release();
				log.info("Binding '{}' released the lease of bot '{}' on queue '{}'", bindingName, bot.botId(), queue);
			}
			catch (RuntimeException ex) {
				log.warn("Binding '{}' could not release its lease (it expires by itself): {}", bindingName, describe(ex));
			}
		}
	}

	/**
	 * Resolves where to read from (fresh from LeoCron: another reader may have moved the checkpoint). An AWS failure
	 * is thrown for the loop to retry with back-off, BLOCKED meanwhile as while registering: the bus may answer next
	 * time, a permission may be granted. Anything else would fail again the same way: the binding is FAILED.
	 */
	private boolean startReading() {
		try {
			ReadStart start = bot.start(reader, queue, connection);
			initialPosition = start.after();
			position = start.after();
			tracker = bot.tracker(connection, queue, start, lease);
			state = BindingState.RUNNING;
			log.info("Binding '{}': bot '{}' reads queue '{}' from '{}'{}", bindingName,
					bot.botId() == null ? "(anonymous)" : bot.botId(), queue, position.strip(),
					start.checkpoint() == null ? "" : " (checkpoint " + start.checkpoint() + ")");
			return true;
		}
		catch (AwsCallException ex) {
			state = BindingState.BLOCKED;
			throw ex;
		}
		catch (RuntimeException ex) {
			failed(ex);
			state = BindingState.FAILED;
			log.error("Binding '{}' could not start reading queue '{}': {}", bindingName, queue, ex.getMessage(), ex);
			return false;
		}
	}

	private void applyMove() {
		String eid = moveRequest;
		moveRequest = null;
		writeCheckpoint();
		if (bot.botId() != null) {
			new io.rstreams.client.checkpoint.Checkpointer(connection.dynamo(), connection.bus(),
					rstreams.getShutdownTimeout()).forceCheckpoint(bot.botId(), queue,
							new io.rstreams.client.checkpoint.Checkpoint(eid, null, null, connection.clock().millis(), 0L));
		}
		ReadStart moved = new ReadStart(bot.botId(), queue, eid + " ", eid, true, null, eid);
		tracker = bot.tracker(connection, queue, moved, lease);
		position = eid + " ";
		log.warn("Binding '{}': bot '{}' moved to {} on queue '{}' by an operator", bindingName, bot.botId(), eid, queue);
	}

	/** One poll: reads at most one batch and handles it. Returns false when there was nothing to read. */
	private boolean poll() {
		QueueInfo info = reader.queueInfo(queue);
		stats.polls.incrementAndGet();
		stats.lastReadAt = connection.clock().millis();
		if (info != null) {
			stats.maxEid = info.maxEid();
		}
		if (info == null || info.maxEid() == null || info.maxEid().compareTo(position) <= 0) {
			return false;
		}
		List<ReadEntry> entries = new ArrayList<>();
		ReadRequest request = ReadRequest.of(queue, position, info.maxEid()).withLimit(rstreams.getBatchSize())
				.withMaxBytes(rstreams.getMaxBatchBytes().toBytes());
		try (EventStream stream = reader.read(request)) {
			while (stream.hasNext()) {
				entries.add(stream.next());
			}
		}
		if (entries.isEmpty()) {
			return false;
		}
		stats.eventsRead.addAndGet(entries.size());
		handle(entries);
		checkpointIfDue(false);
		return true;
	}

	private void handle(List<ReadEntry> entries) {
		if (workers != null) {
			handleConcurrently(entries);
			return;
		}
		List<Event> segment = new ArrayList<>();
		for (ReadEntry entry : entries) {
			if (!running.get() && !segment.isEmpty()) {
				break;
			}
			if (!mine(entry)) {
				if (!segment.isEmpty()) {
					deliver(segment);
					segment = new ArrayList<>();
				}
				commitSkipped(entry.lastEid(), 0);
				continue;
			}
			if (entry instanceof ReadEntry.Ok ok) {
				if (properties.isBatchMode()) {
					segment.add(ok.event());
				}
				else {
					deliver(List.of(ok.event()));
					if (!running.get()) {
						return;
					}
				}
			}
			else if (entry instanceof ReadEntry.Failed failed) {
				if (!segment.isEmpty()) {
					deliver(segment);
					segment = new ArrayList<>();
				}
				recoverUndecodable(failed);
				commitSkipped(failed.lastEid(), failed.error().units());
			}
		}
		if (!segment.isEmpty()) {
			deliver(segment);
		}
	}

	/**
	 * {@code concurrency > 1}: the poll's entries are spread over the workers by key (events with the same key go to
	 * the same worker, in order); the binding then takes the longest run of entries, in eid order, whose handling
	 * finished, and only that run moves the position and the checkpoint. A failure stops its worker (later events of
	 * that key wait) and is raised once the others finished: the binding goes on after the finished run.
	 */
	private void handleConcurrently(List<ReadEntry> entries) {
		int n = entries.size();
		Object[] results = new Object[n];
		List<List<Integer>> assignment = new ArrayList<>();
		for (int w = 0; w < concurrency; w++) {
			assignment.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			ReadEntry entry = entries.get(i);
			if (!mine(entry)) {
				results[i] = Skip.NOT_MINE;
				continue;
			}
			Object key = entry instanceof ReadEntry.Ok ok ? orderingKey(ok.event(), i) : entry.lastEid();
			assignment.get(io.rstreams.client.bot.FanoutHash.instanceOf(key, concurrency)).add(i);
		}
		List<java.util.concurrent.Future<?>> tasks = new ArrayList<>();
		for (List<Integer> share : assignment) {
			if (share.isEmpty()) {
				continue;
			}
			tasks.add(workers.submit(() -> {
				boolean failed = false;
				for (int i : share) {
					if (failed || !running.get()) {
						results[i] = Skip.NOT_RUN;
						continue;
					}
					try {
						ReadEntry entry = entries.get(i);
						if (entry instanceof ReadEntry.Ok ok) {
							results[i] = process(List.of(ok.event()));
						}
						else {
							recoverUndecodable((ReadEntry.Failed) entry);
							results[i] = Skip.UNDECODABLE;
						}
					}
					catch (RuntimeException ex) {
						results[i] = ex;
						failed = true;
					}
				}
			}));
		}
		for (java.util.concurrent.Future<?> f : tasks) {
			try {
				f.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the workers handled a poll", ex);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		}
		for (int i = 0; i < n; i++) {
			ReadEntry entry = entries.get(i);
			Object r = results[i];
			if (r instanceof ProcessingScope scope) {
				commit(List.of(((ReadEntry.Ok) entry).event()), scope);
			}
			else if (r == Skip.NOT_MINE) {
				commitSkipped(entry.lastEid(), 0);
			}
			else if (r == Skip.UNDECODABLE) {
				commitSkipped(entry.lastEid(), ((ReadEntry.Failed) entry).error().units());
			}
			else if (r instanceof RuntimeException ex) {
				throw ex;
			}
			else {
				return;
			}
		}
	}

	private enum Skip {
		NOT_MINE, NOT_RUN, UNDECODABLE
	}

	private Object orderingKey(Event event, int index) {
		if (orderingKeys == null) {
			return index;
		}
		try {
			return orderingKeys.keyOf(event);
		}
		catch (RuntimeException ex) {
			log.warn("Binding '{}': the ordering key of {} could not be computed ({}); using its eid", bindingName,
					event.eid(), describe(ex));
			return event.eid();
		}
	}

	/** With instance-count > 1: whether this instance handles the entry (others are another instance's). */
	private boolean mine(ReadEntry entry) {
		if (bot.instanceCount() <= 1) {
			return true;
		}
		Object key;
		if (entry instanceof ReadEntry.Ok ok) {
			try {
				key = partitionKeys.keyOf(ok.event());
			}
			catch (RuntimeException ex) {
				log.warn("Binding '{}': the partition key of {} could not be computed ({}); partitioning it by eid",
						bindingName, ok.event().eid(), describe(ex));
				key = ok.event().eid();
			}
		}
		else {
			key = entry.lastEid();
		}
		return bot.mine(key);
	}

	/** Delivers one event (or one batch) and records it as handled. */
	private void deliver(List<Event> events) {
		commit(events, process(events));
	}

	/**
	 * Hands the event(s) to the application with retries; what still fails goes to the error channel. Returns the
	 * scope with the writes the handling caused; throws when nothing handled the failure.
	 */
	private ProcessingScope process(List<Event> events) {
		Event last = events.get(events.size() - 1);
		ProcessingScope scope = new ProcessingScope(events, properties.isBatchMode(), bot.botId());
		RStreamsCheckpointer checkpointer = new Checkpointer(last.eid());
		AcknowledgmentCallback ack = mode == CheckpointMode.MANUAL ? new ManualAcknowledgment(checkpointer) : null;
		Message<?> message = properties.isBatchMode() ? messages.batch(events, checkpointer, ack)
				: messages.single(last, checkpointer, ack);
		try {
			send(scope, message);
		}
		catch (RuntimeException failure) {
			stats.eventsFailed.incrementAndGet();
			recover(message, failure);
		}
		return scope;
	}

	/** Records handled events: progress, their writes, and a checkpoint if the mode says so now. */
	private void commit(List<Event> events, ProcessingScope scope) {
		Event last = events.get(events.size() - 1);
		tracker.completed(events, scope.writes(), scope.writers());
		stats.eventsHandled.addAndGet(events.size());
		stats.lastSourceTimestamp = last.eventSourceTimestamp();
		position = last.eid() + " ";
		if (mode == CheckpointMode.RECORD) {
			writeCheckpoint();
		}
		else if (mode == CheckpointMode.PERIODIC) {
			checkpointIfDue(false);
		}
	}

	/** Records an entry that needs no handling here (another instance's, or dealt with by the error path). */
	private void commitSkipped(String eid, long count) {
		tracker.skipped(eid, count);
		position = eid + " ";
	}

	private void send(ProcessingScope scope, Message<?> message) {
		if (retryTemplate == null) {
			scope.run(() -> sendMessage(message));
			return;
		}
		try {
			retryTemplate.execute(() -> {
				scope.run(() -> sendMessage(message));
				return null;
			});
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException() != null ? ex.getLastException() : ex.getCause();
			throw last instanceof RuntimeException re ? re : new IllegalStateException(last);
		}
	}

	/** Hands a failed message to the error channel; throws if nothing there accepted it. */
	private void recover(Message<?> message, RuntimeException failure) {
		if (recoverer == null) {
			throw failure;
		}
		recoverer.recover(ErrorMessageUtils.getAttributeAccessor(message, message), failure);
	}

	private void recoverUndecodable(ReadEntry.Failed failed) {
		log.warn("Binding '{}': {}", bindingName, failed.error().getMessage());
		Message<byte[]> message = messages.undecodable(failed.error());
		stats.eventsFailed.incrementAndGet();
		recover(message, failed.error());
	}

	private void checkpointIfDue(boolean idle) {
		if (tracker == null) {
			return;
		}
		switch (mode) {
			case BATCH -> writeCheckpoint();
			case PERIODIC -> {
				Duration interval = rstreams.getCheckpointInterval();
				Integer count = rstreams.getCheckpointCount();
				boolean due = (interval != null && tracker.millisSinceCheckpoint() >= interval.toMillis())
						|| (count != null && tracker.uncheckpointedRecords() >= count);
				if (due && tracker.uncheckpointedRecords() > 0) {
					writeCheckpoint();
				}
			}
			case RECORD, MANUAL -> {
				// checkpointed per event, or by the application
			}
		}
	}

	/** While paused: no reading, but the queue's max eid and the lag are still watched. */
	private void observe() {
		QueueInfo info = reader.queueInfo(queue);
		stats.polls.incrementAndGet();
		stats.lastReadAt = connection.clock().millis();
		if (info != null) {
			stats.maxEid = info.maxEid();
		}
		measureLag(false);
	}

	/** Counts the events ahead of the position, at most once per lag interval (0 at once when caught up). */
	private void measureLag(boolean read) {
		String max = stats.maxEid;
		long now = connection.clock().millis();
		if (max == null || max.compareTo(position) <= 0) {
			stats.lagEvents = 0;
			stats.lagExact = true;
			stats.lagMeasuredAt = now;
			return;
		}
		if (now - stats.lagMeasuredAt < rstreams.getLagInterval().toMillis()) {
			return;
		}
		try {
			QueueReader.EventCount count = reader.countEvents(queue, position, max, 10);
			stats.lagEvents = count.events();
			stats.lagExact = count.exact();
		}
		catch (RuntimeException ex) {
			log.debug("Binding '{}': could not measure the lag: {}", bindingName, describe(ex));
		}
		stats.lagMeasuredAt = now;
	}

	/** Checkpoints everything done so far, counting the outcome. */
	private void writeCheckpoint() {
		long before = tracker.checkpointCount();
		try {
			tracker.checkpoint();
		}
		catch (RuntimeException ex) {
			stats.checkpointFailures.incrementAndGet();
			throw ex;
		}
		if (tracker.checkpointCount() > before) {
			stats.checkpoints.incrementAndGet();
			stats.lastCheckpointAt = connection.clock().millis();
		}
	}

	/** After a failure: keep what was handled (checkpointing it), continue after it; else re-read from the checkpoint. */
	private boolean recoverProgress() {
		if (tracker == null) {
			return true;
		}
		try {
			if (mode != CheckpointMode.MANUAL) {
				writeCheckpoint();
			}
			String done = tracker.done();
			position = done != null ? done + " " : position;
			if (mode == CheckpointMode.MANUAL) {
				rewind();
			}
			return true;
		}
		catch (OutputsNotAcceptedException ex) {
			if (ex.failed()) {
				log.warn("Binding '{}': {}; reading again from there", bindingName, ex.getMessage());
				rewind();
			}
			// otherwise the outputs are still in flight: the next checkpoint waits for them again
			return true;
		}
		catch (LeaseLostException ex) {
			leaseLost(ex.getMessage());
			return true;
		}
		catch (StaleCheckpointException ex) {
			stale(ex);
			return false;
		}
		catch (RuntimeException ex) {
			log.warn("Binding '{}': could not checkpoint the events handled before the failure ({}); they will be read "
					+ "again", bindingName, ex.getMessage());
			rewind();
			return true;
		}
	}

	private void rewind() {
		if (tracker == null) {
			return;
		}
		String checkpointed = tracker.rewind();
		position = checkpointed != null ? checkpointed + " " : initialPosition;
	}

	private void finalCheckpoint() {
		if (mode == CheckpointMode.MANUAL || tracker == null || (lease != null && !lease.isHeld())) {
			return;
		}
		try {
			writeCheckpoint();
			log.info("Binding '{}' stopped at {}", bindingName, tracker.checkpointed());
		}
		catch (LeaseLostException ex) {
			leaseLost(ex.getMessage());
		}
		catch (StaleCheckpointException ex) {
			stale(ex);
		}
		catch (RuntimeException ex) {
			log.warn("Binding '{}' stopped without its final checkpoint ({}); the events after {} will be read again",
					bindingName, ex.getMessage(), tracker.checkpointed());
		}
	}

	private void stale(StaleCheckpointException ex) {
		failed(ex);
		stats.checkpointFailures.incrementAndGet();
		state = BindingState.STALE;
		running.set(false);
		log.error("Binding '{}' stopped: {}. Another instance or bot with id '{}' is reading queue '{}'; this binding "
				+ "will not read again until restarted.", bindingName, ex.getMessage(), bot.botId(), queue);
	}

	/**
	 * The failure in one line: the first RStreams exception's message (they name queue, bot and eids), else the
	 * root cause without the failed message's dump that Spring Integration puts in its messages.
	 */
	public static String describe(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof io.rstreams.client.RStreamsException) {
				return t.getClass().getSimpleName() + ": " + t.getMessage();
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : root.getMessage();
		int dump = message.indexOf(", failedMessage=");
		return root.getClass().getSimpleName() + ": " + (dump > 0 ? message.substring(0, dump) : message);
	}

	private String safePosition() {
		String p = position;
		return p == null ? "(start)" : p.strip();
	}

	private void sleep(Duration duration) {
		synchronized (wakeUp) {
			if (!running.get()) {
				return;
			}
			try {
				wakeUp.wait(Math.max(1, duration.toMillis()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				running.set(false);
			}
		}
	}

	private void wake() {
		synchronized (wakeUp) {
			wakeUp.notifyAll();
		}
	}

	/** Checkpoints this adapter's bot up to one eid. */
	private final class Checkpointer implements RStreamsCheckpointer {

		private final String eid;
		private final CheckpointTracker owner;

		Checkpointer(String eid) {
			this.eid = eid;
			this.owner = tracker;
		}

		@Override
		public String eid() {
			return eid;
		}

		@Override
		public void checkpoint() {
			owner.checkpointTo(eid);
		}
	}

	/** Spring Integration's acknowledgment, mapped to RStreams checkpoints in manual mode. */
	private final class ManualAcknowledgment implements AcknowledgmentCallback {

		private final RStreamsCheckpointer checkpointer;
		private volatile boolean acknowledged;

		ManualAcknowledgment(RStreamsCheckpointer checkpointer) {
			this.checkpointer = checkpointer;
		}

		@Override
		public void acknowledge(Status status) {
			acknowledged = true;
			if (status == Status.REQUEUE) {
				rewindRequested.set(true);
				wake();
				return;
			}
			checkpointer.checkpoint();
		}

		@Override
		public boolean isAcknowledged() {
			return acknowledged;
		}

		@Override
		public boolean isAutoAck() {
			return false;
		}
	}

	@Override
	public String toString() {
		return "RStreamsInboundChannelAdapter[binding=" + bindingName + ", bot=" + bot.botId() + ", queue=" + queue + "]";
	}

	StartPosition startPosition() {
		return bot.startPosition();
	}
}
