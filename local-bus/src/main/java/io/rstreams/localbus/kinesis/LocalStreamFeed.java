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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.localaws.kinesis.IteratorType;
import io.rstreams.localaws.kinesis.KinesisEngine;
import io.rstreams.localaws.kinesis.KinesisException;
import io.rstreams.localaws.kinesis.RecordsPage;
import io.rstreams.localaws.kinesis.StoredRecord;
import io.rstreams.localbus.kinesis.KinesisPoller.BatchHandler;
import io.rstreams.localbus.processor.InputRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the bus processor from the bus's own Kinesis API (local-aws's
 * {@link KinesisEngine}, served on the bus's port), in process: what producers put over
 * HTTP reaches the processor without a poll delay and without a second HTTP hop, and
 * everything else is as on the {@link KinesisPoller} path (protocol.md 5.4): every shard
 * from TRIM_HORIZON through shard iterators, up to 10,000 records per batch, each
 * record's sequence number and arrival time into the per-shard clock, a failed batch
 * processed again unchanged ({@link BatchStore}). The records stay in the stream, so
 * other consumers can read them too.
 *
 * <p>
 * Between rounds the feed waits on the stream's put count instead of sleeping, so an idle
 * bus costs no CPU.
 */
public final class LocalStreamFeed implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalStreamFeed.class);

	private static final AtomicInteger THREADS = new AtomicInteger();

	/** How long an idle feed waits for a put before it looks again anyway. */
	private static final Duration IDLE_LOOK = Duration.ofSeconds(1);

	private final KinesisEngine engine;

	private final String streamName;

	private final KinesisPollerSettings settings;

	private final CountDownLatch stopping = new CountDownLatch(1);

	private final BatchStore store;

	private final Map<String, Position> shards = new LinkedHashMap<>();

	private final Thread thread;

	private final Object waitLock = new Object();

	private boolean waiting;

	private LocalStreamFeed(KinesisEngine engine, String streamName, BatchHandler handler,
			KinesisPollerSettings settings) {
		this.engine = engine;
		this.streamName = streamName;
		this.settings = settings;
		this.store = new BatchStore(streamName, handler, settings, stopping);
		for (String shard : engine.shardIds(streamName)) {
			shards.put(shard, new Position());
		}
		this.thread = new Thread(this::run, "rstreams-local-stream-feed-" + THREADS.incrementAndGet());
		this.thread.setDaemon(true);
	}

	/**
	 * Creates {@code streamName} with one shard unless it exists (the bus's default,
	 * protocol.md 2) and starts feeding its records to {@code handler}.
	 */
	public static LocalStreamFeed start(KinesisEngine engine, String streamName, BatchHandler handler,
			KinesisPollerSettings settings) {
		Objects.requireNonNull(handler, "handler");
		Objects.requireNonNull(settings, "settings");
		if (!engine.hasStream(streamName)) {
			engine.createStream(streamName, 1);
		}
		LocalStreamFeed feed = new LocalStreamFeed(engine, streamName, handler, settings);
		feed.thread.start();
		log.info("Feeding the bus from its own Kinesis stream '{}' (shards {}) from TRIM_HORIZON", streamName,
				feed.shards.keySet());
		return feed;
	}

	public String streamName() {
		return streamName;
	}

	public PollerStats stats() {
		return store.stats(List.copyOf(shards.keySet()));
	}

	private void run() {
		while (!store.stopped()) {
			try {
				long seen = engine.putCount(streamName);
				boolean busy = false;
				for (Map.Entry<String, Position> shard : shards.entrySet()) {
					busy |= poll(shard.getKey(), shard.getValue());
				}
				if (!busy) {
					awaitPut(seen);
				}
			}
			catch (RuntimeException ex) {
				if (store.stopped()) {
					return;
				}
				store.failed("Reading the bus's Kinesis stream '" + streamName + "' failed: " + ex.getMessage(), ex);
				store.pause(settings.retryBackoff());
			}
		}
	}

	/** Whether the feed is idle, waiting for a put. */
	boolean isWaiting() {
		synchronized (waitLock) {
			return waiting;
		}
	}

	/**
	 * Waits for a put after the {@code seen}th; {@link #close()} interrupts only this
	 * wait, never a batch being stored.
	 */
	private void awaitPut(long seen) {
		synchronized (waitLock) {
			if (store.stopped()) {
				return;
			}
			waiting = true;
		}
		try {
			engine.awaitPut(streamName, seen, IDLE_LOOK);
		}
		catch (InterruptedException ex) {
			// close() woke us up
		}
		finally {
			synchronized (waitLock) {
				waiting = false;
				Thread.interrupted();
			}
		}
	}

	/**
	 * @return whether the shard had records, so the next round should not wait
	 */
	private boolean poll(String shardId, Position shard) {
		if (shard.iterator == null) {
			shard.iterator = shard.lastSequence == null
					? engine.shardIterator(streamName, shardId, IteratorType.TRIM_HORIZON, null, null)
					: engine.shardIterator(streamName, shardId, IteratorType.AFTER_SEQUENCE_NUMBER, shard.lastSequence,
							null);
		}
		RecordsPage page;
		try {
			page = engine.getRecords(shard.iterator, settings.batchLimit());
		}
		catch (KinesisException ex) {
			if ("ExpiredIteratorException".equals(ex.code())) {
				shard.iterator = null;
				return true;
			}
			throw ex;
		}
		List<StoredRecord> got = page.records();
		if (!got.isEmpty()) {
			List<InputRecord> batch = new ArrayList<>(got.size());
			for (StoredRecord r : got) {
				batch.add(new InputRecord(r.sequenceNumber(), r.arrival().toEpochMilli(), r.data()));
			}
			if (!store.store(shardId, batch)) {
				return false;
			}
			shard.lastSequence = got.get(got.size() - 1).sequenceNumber();
		}
		shard.iterator = page.nextShardIterator();
		return !got.isEmpty();
	}

	/**
	 * Stops feeding; a batch being stored is finished first (each of its calls is bounded
	 * by the call timeout).
	 */
	@Override
	public void close() {
		synchronized (waitLock) {
			stopping.countDown();
			if (waiting) {
				thread.interrupt();
			}
		}
		try {
			thread.join(settings.callTimeout().multipliedBy(2).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Stopped feeding from Kinesis stream '{}' after {} record(s) in {} batch(es)", streamName,
				store.records(), store.batches());
	}

	/** Where one shard is read: in memory only. */
	private static final class Position {

		String iterator;

		String lastSequence;

	}

}
