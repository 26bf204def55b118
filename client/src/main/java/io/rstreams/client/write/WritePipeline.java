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
package io.rstreams.client.write;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.rstreams.client.Event;
import io.rstreams.client.RStreamsException;
import io.rstreams.client.codec.WireLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A writer's accumulator: its mode's batcher feeding the send loop through the record
 * queue, under one lock so that records are queued in the order their events were
 * written, plus the linger timer (protocol.md 5.1: nothing waits more than about 200 ms
 * for company; in S3 mode the timer also closes files that have been open long enough).
 */
final class WritePipeline {

	private static final Logger log = LoggerFactory.getLogger(WritePipeline.class);

	private final RecordBatcher batcher;

	private final RecordQueue queue;

	private final SendLoop loop;

	private final ScheduledExecutorService executor;

	private final ReentrantLock lock;

	private final Clock clock;

	private final long lingerMillis;

	private ScheduledFuture<?> lingerTimer;

	WritePipeline(RecordBatcher batcher, RecordQueue queue, SendLoop loop, ScheduledExecutorService executor,
			ReentrantLock lock, Clock clock, long lingerMillis) {
		this.batcher = batcher;
		this.queue = queue;
		this.loop = loop;
		this.executor = executor;
		this.lock = lock;
		this.clock = clock;
		this.lingerMillis = lingerMillis;
	}

	/**
	 * Hands a normalised event to the batcher; a batch that is now ready goes at once.
	 * @throws RStreamsException if the writer is closed, or what the batcher threw (e.g.
	 * S3 missing for an oversize event)
	 */
	void add(Event event, WireLine line, CompletableFuture<Void> ack) {
		lock.lock();
		try {
			if (loop.state() == SendLoop.State.CLOSED) {
				throw new RStreamsException("The writer is closed");
			}
			batcher.add(event, line, ack);
			scheduleLinger();
			loop.trySend();
		}
		finally {
			lock.unlock();
		}
	}

	/** Closes every open chunk and file and makes everything queued due. */
	void flush() {
		lock.lock();
		try {
			batcher.closeAll();
			queue.markAllDue();
			loop.trySend();
		}
		finally {
			lock.unlock();
		}
	}

	boolean isClosed() {
		return loop.state() == SendLoop.State.CLOSED;
	}

	/**
	 * Stops the send loop and the timers; the events not yet accepted are the caller's to
	 * fail.
	 */
	void close() {
		lock.lock();
		try {
			loop.close();
		}
		finally {
			lock.unlock();
		}
		executor.shutdownNow();
	}

	SendLoop.State state() {
		return loop.state();
	}

	private void scheduleLinger() {
		if (lingerTimer == null || lingerTimer.isDone()) {
			lingerTimer = executor.schedule(this::onLinger, lingerMillis, TimeUnit.MILLISECONDS);
		}
	}

	private void onLinger() {
		lock.lock();
		try {
			boolean stillOpen = batcher.linger(clock.millis());
			queue.markAllDue();
			loop.trySend();
			if (stillOpen) {
				lingerTimer = executor.schedule(this::onLinger, lingerMillis, TimeUnit.MILLISECONDS);
			}
		}
		catch (RuntimeException ex) {
			log.error("RStreams writer failed while flushing buffered events", ex);
		}
		finally {
			lock.unlock();
		}
	}

}
