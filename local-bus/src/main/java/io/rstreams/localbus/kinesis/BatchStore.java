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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.rstreams.localbus.kinesis.KinesisPoller.BatchHandler;
import io.rstreams.localbus.processor.InputRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a shard's batches to the processor as the bus's event source mapping hands them
 * to its Lambda: a batch that fails is processed again, whole and unchanged, after a
 * doubling pause, until it is stored or the reader stops. Both of the bus's Kinesis
 * readers (a Kinesis API polled over HTTP, the bus's own streams in process) keep these
 * semantics and counts through this one class.
 */
final class BatchStore {

	private static final Logger log = LoggerFactory.getLogger(BatchStore.class);

	private final String streamName;

	private final BatchHandler handler;

	private final KinesisPollerSettings settings;

	private final CountDownLatch stopping;

	private final AtomicLong records = new AtomicLong();

	private final AtomicLong batches = new AtomicLong();

	private final AtomicLong failures = new AtomicLong();

	private volatile String lastError;

	BatchStore(String streamName, BatchHandler handler, KinesisPollerSettings settings, CountDownLatch stopping) {
		this.streamName = streamName;
		this.handler = handler;
		this.settings = settings;
		this.stopping = stopping;
	}

	/**
	 * Stores one batch, retrying it whole until it succeeds.
	 * @return false if the reader was stopped before the batch could be stored
	 */
	boolean store(String shardId, List<InputRecord> batch) {
		Duration backoff = settings.retryBackoff();
		while (true) {
			try {
				handler.process(shardId, batch);
				batches.incrementAndGet();
				records.addAndGet(batch.size());
				return true;
			}
			catch (RuntimeException ex) {
				failed("A batch of " + batch.size() + " record(s) from shard " + shardId + " of Kinesis stream '"
						+ streamName + "' (first sequence number " + batch.get(0).sequenceNumber()
						+ ") was not stored, processing it again in " + backoff.toMillis() + " ms: " + ex.getMessage(),
						ex);
				if (pause(backoff)) {
					return false;
				}
				backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff()
						: backoff.multipliedBy(2);
			}
		}
	}

	void failed(String message, RuntimeException ex) {
		failures.incrementAndGet();
		lastError = message;
		log.warn(message);
		log.debug("Cause", ex);
	}

	boolean stopped() {
		return stopping.getCount() == 0;
	}

	/**
	 * @return true if the reader is stopping
	 */
	boolean pause(Duration duration) {
		try {
			return stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			stopping.countDown();
			return true;
		}
	}

	PollerStats stats(List<String> shards) {
		return new PollerStats(shards, records.get(), batches.get(), failures.get(), lastError);
	}

	long records() {
		return records.get();
	}

	long batches() {
		return batches.get();
	}

}
