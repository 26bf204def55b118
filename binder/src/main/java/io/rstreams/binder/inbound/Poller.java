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
package io.rstreams.binder.inbound;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.rstreams.client.bus.QueueInfo;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadRequest;

/**
 * The binding's read of its queue, kept open across polls: a LeoStream page and an S3
 * events file are fetched and decoded once, and each poll takes the next batch from where
 * the last one ended. LeoEvent is read only when that read has reached the max eid it was
 * opened with. The open read is only continued when the binding asks for exactly the
 * position it ended at; after a rewind, a failure or a moved checkpoint it is opened
 * again there, so nothing is skipped and nothing is taken twice by this class.
 */
final class Poller implements AutoCloseable {

	/**
	 * An S3 body left half-read while a slow bot works may be cut by the server;
	 * reopening after this long costs one Query, a cut body a retry with back-off.
	 */
	private static final Duration MAX_IDLE = Duration.ofSeconds(20);

	private final QueueReader reader;

	private final String queue;

	private final int batchSize;

	private final long maxBatchBytes;

	private final BindingCounters counters;

	private final Clock clock;

	private EventStream open;

	private long lastTaken;

	Poller(QueueReader reader, String queue, ConsumerSettings settings, BindingCounters counters, Clock clock) {
		this.reader = reader;
		this.queue = queue;
		this.batchSize = settings.batchSize();
		this.maxBatchBytes = settings.maxBatchBytes();
		this.counters = counters;
		this.clock = clock;
	}

	/**
	 * The entries after {@code position}, up to one batch; empty when there is nothing
	 * new.
	 */
	List<ReadEntry> poll(ReadPosition position) {
		if (continues(position)) {
			counters.polled(clock.millis());
			List<ReadEntry> entries = take();
			if (!entries.isEmpty()) {
				return taken(entries);
			}
		}
		close();
		QueueInfo info = observe();
		if (info == null || info.maxEid() == null || !position.isBefore(info.maxEid())) {
			return List.of();
		}
		open = reader.read(ReadRequest.of(queue, position, info.maxEid()));
		return taken(take());
	}

	private List<ReadEntry> taken(List<ReadEntry> entries) {
		lastTaken = clock.millis();
		counters.read(entries.size());
		return entries;
	}

	private boolean continues(ReadPosition position) {
		return open != null && !open.isExhausted() && open.position().equals(position)
				&& clock.millis() - lastTaken < MAX_IDLE.toMillis();
	}

	/**
	 * The next batch. A failure after some entries were taken hands those over first: the
	 * read is opened again after them and the failure, if it lasts, surfaces on the next
	 * poll.
	 */
	private List<ReadEntry> take() {
		List<ReadEntry> entries = new ArrayList<>(Math.min(batchSize, 1024));
		long bytes = 0;
		try {
			while (entries.size() < batchSize && bytes < maxBatchBytes && open.hasNext()) {
				ReadEntry entry = open.next();
				entries.add(entry);
				if (entry instanceof ReadEntry.Ok ok) {
					bytes += ok.bytes();
				}
			}
		}
		catch (RuntimeException ex) {
			close();
			if (entries.isEmpty()) {
				throw ex;
			}
		}
		return entries;
	}

	/** Reads the queue's max eid only (while paused the queue is still watched). */
	QueueInfo observe() {
		QueueInfo info = reader.queueInfo(queue);
		counters.polled(clock.millis());
		if (info != null) {
			counters.queueMaxEid(info.maxEid());
		}
		return info;
	}

	@Override
	public void close() {
		if (open != null) {
			open.close();
			open = null;
		}
	}

}
