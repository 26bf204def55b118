/*
 * Copyright 2026 the RStreams binder authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.rstreams.localbus.kinesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.localbus.processor.BusProcessor;
import io.rstreams.localbus.processor.InputRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Feeds the bus processor from a real Kinesis API (kinesis-local, LocalStack, AWS), as
 * the bus's event source mapping feeds {@code LeoKinesisStreamProcessor} (protocol.md 2
 * and 5.4): every shard is read from TRIM_HORIZON, each {@code GetRecords} answer (up to
 * 10,000 records) is one batch of that shard, handed over with each record's sequence
 * number and approximate arrival time, so the processor's per-shard clock and eids work
 * exactly as on the in-process path.
 *
 * <p>
 * A batch that fails to be stored is processed again, unchanged, until it succeeds, as
 * Lambda retries a shard's batch; the processor's shard clock gives the retry the same
 * batch time, so the retry rewrites the same eids. Positions are kept in memory only: a
 * new poller starts again at TRIM_HORIZON, which suits a local bus whose tables are in
 * memory too (its fresh tables are rebuilt from the stream), not a persistent one.
 *
 * <p>
 * One thread reads all shards in turn and batches are processed one at a time. Child
 * shards after a reshard are picked up by the periodic shard refresh, without waiting for
 * their parents to be drained (local use only).
 */
public final class KinesisPoller implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KinesisPoller.class);

	private static final AtomicInteger THREADS = new AtomicInteger();

	/**
	 * Where batches go: the bus processor, or anything with its contract (throw to have
	 * the batch retried).
	 */
	@FunctionalInterface
	public interface BatchHandler {

		void process(String shardId, List<InputRecord> records);

	}

	private final KinesisAsyncClient kinesis;

	private final String streamName;

	private final BatchHandler handler;

	private final KinesisPollerSettings settings;

	private final Map<String, ShardPosition> shards = new LinkedHashMap<>();

	private final CountDownLatch stopping = new CountDownLatch(1);

	private final BatchStore store;

	private Thread thread;

	private long nextRefreshNanos;

	public KinesisPoller(KinesisAsyncClient kinesis, String streamName, BatchHandler handler,
			KinesisPollerSettings settings) {
		this.kinesis = Objects.requireNonNull(kinesis, "kinesis");
		this.streamName = Objects.requireNonNull(streamName, "streamName");
		this.handler = Objects.requireNonNull(handler, "handler");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.store = new BatchStore(streamName, handler, settings, stopping);
	}

	public KinesisPoller(KinesisAsyncClient kinesis, String streamName, BusProcessor processor,
			KinesisPollerSettings settings) {
		this(kinesis, streamName, (BatchHandler) processor::process, settings);
	}

	/**
	 * Lists the shards (so a missing stream fails here, with its name) and starts polling
	 * them.
	 * @return this
	 */
	public synchronized KinesisPoller start() {
		if (thread != null) {
			throw new IllegalStateException("The poller of stream '" + streamName + "' is already started");
		}
		refreshShards();
		thread = new Thread(this::run, "rstreams-kinesis-poller-" + THREADS.incrementAndGet());
		thread.setDaemon(true);
		thread.start();
		log.info("Polling Kinesis stream '{}' (shards {}) from TRIM_HORIZON", streamName, shardIds());
		return this;
	}

	public String streamName() {
		return streamName;
	}

	public PollerStats stats() {
		return store.stats(shardIds());
	}

	private List<String> shardIds() {
		synchronized (shards) {
			return List.copyOf(shards.keySet());
		}
	}

	private void run() {
		while (!stopped()) {
			try {
				if (System.nanoTime() - nextRefreshNanos >= 0) {
					refreshShards();
				}
				boolean busy = false;
				for (ShardPosition shard : openShards()) {
					busy |= poll(shard);
				}
				if (!busy) {
					store.pause(settings.idleWait());
				}
			}
			catch (RuntimeException ex) {
				if (stopped()) {
					return;
				}
				store.failed("Reading Kinesis stream '" + streamName + "' failed: " + ex.getMessage(), ex);
				store.pause(settings.retryBackoff());
			}
		}
	}

	private List<ShardPosition> openShards() {
		synchronized (shards) {
			return shards.values().stream().filter(s -> !s.closed).toList();
		}
	}

	private void refreshShards() {
		String next = null;
		List<Shard> listed = new ArrayList<>();
		do {
			String token = next;
			ListShardsResponse page = AwsCalls.await(kinesis.listShards(b -> {
				if (token == null) {
					b.streamName(streamName);
				}
				else {
					b.nextToken(token);
				}
				b.overrideConfiguration(AwsCalls.timeout(settings.callTimeout()));
			}), settings.callTimeout(), () -> "ListShards of Kinesis stream '" + streamName + "'");
			listed.addAll(page.shards());
			next = page.nextToken();
		}
		while (next != null);
		synchronized (shards) {
			for (Shard s : listed) {
				shards.computeIfAbsent(s.shardId(), ShardPosition::new);
			}
		}
		nextRefreshNanos = System.nanoTime() + settings.shardRefresh().toNanos();
	}

	/**
	 * @return whether the shard had records or is behind, so the next round should not
	 * wait
	 */
	private boolean poll(ShardPosition shard) {
		if (shard.iterator == null) {
			shard.iterator = iterator(shard);
		}
		GetRecordsResponse response;
		try {
			String iterator = shard.iterator;
			response = AwsCalls.await(
					kinesis.getRecords(b -> b.shardIterator(iterator)
						.limit(settings.batchLimit())
						.overrideConfiguration(AwsCalls.timeout(settings.callTimeout()))),
					settings.callTimeout(),
					() -> "GetRecords from shard " + shard.id + " of Kinesis stream '" + streamName + "'");
		}
		catch (AwsCallException ex) {
			if ("ExpiredIteratorException".equals(ex.errorCode())) {
				shard.iterator = null;
				return true;
			}
			throw ex;
		}
		List<Record> got = response.records();
		if (!got.isEmpty()) {
			List<InputRecord> batch = new ArrayList<>(got.size());
			for (Record r : got) {
				batch.add(new InputRecord(r.sequenceNumber(), r.approximateArrivalTimestamp().toEpochMilli(),
						r.data().asByteArray()));
			}
			if (!store.store(shard.id, batch)) {
				return false;
			}
			shard.lastSequence = got.get(got.size() - 1).sequenceNumber();
		}
		shard.iterator = response.nextShardIterator();
		if (shard.iterator == null) {
			shard.closed = true;
			nextRefreshNanos = System.nanoTime();
			log.info("Shard {} of Kinesis stream '{}' is closed and read to its end", shard.id, streamName);
		}
		Long behind = response.millisBehindLatest();
		return !got.isEmpty() || (behind != null && behind > 0);
	}

	private String iterator(ShardPosition shard) {
		ShardIteratorType type = shard.lastSequence == null ? ShardIteratorType.TRIM_HORIZON
				: ShardIteratorType.AFTER_SEQUENCE_NUMBER;
		return AwsCalls.await(kinesis.getShardIterator(b -> {
			b.streamName(streamName)
				.shardId(shard.id)
				.shardIteratorType(type)
				.overrideConfiguration(AwsCalls.timeout(settings.callTimeout()));
			if (shard.lastSequence != null) {
				b.startingSequenceNumber(shard.lastSequence);
			}
		}), settings.callTimeout(),
				() -> "GetShardIterator " + type + " for shard " + shard.id + " of Kinesis stream '" + streamName + "'")
			.shardIterator();
	}

	private boolean stopped() {
		return store.stopped();
	}

	/**
	 * Stops polling; a batch being stored is finished first (each of its calls is bounded
	 * by the call timeout).
	 */
	@Override
	public void close() {
		Thread t;
		synchronized (this) {
			stopping.countDown();
			t = thread;
		}
		if (t == null) {
			return;
		}
		try {
			t.join(settings.callTimeout().multipliedBy(2).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Stopped polling Kinesis stream '{}' after {} record(s) in {} batch(es)", streamName, store.records(),
				store.batches());
	}

	/** Where one shard is read: in memory only. */
	private static final class ShardPosition {

		final String id;

		String iterator;

		String lastSequence;

		boolean closed;

		ShardPosition(String id) {
			this.id = id;
		}

	}

}
