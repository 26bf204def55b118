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
import java.util.ArrayList;
import java.util.List;

import io.rstreams.client.bus.QueueInfo;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadRequest;

/**
 * One poll of the queue: one LeoEvent read for the queue's max eid, and a LeoStream query
 * only when that is past the position, for at most one batch.
 */
final class Poller {

	private final QueueReader reader;

	private final String queue;

	private final int batchSize;

	private final long maxBatchBytes;

	private final BindingCounters counters;

	private final Clock clock;

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
		QueueInfo info = observe();
		if (info == null || info.maxEid() == null || !position.isBefore(info.maxEid())) {
			return List.of();
		}
		List<ReadEntry> entries = new ArrayList<>();
		ReadRequest request = ReadRequest.of(queue, position, info.maxEid())
			.withLimit(batchSize)
			.withMaxBytes(maxBatchBytes);
		try (EventStream stream = reader.read(request)) {
			while (stream.hasNext()) {
				entries.add(stream.next());
			}
		}
		counters.read(entries.size());
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

}
