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
package io.rstreams.console;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadPosition;

/**
 * Counts events from the blocks' {@code records} (a Query of keys and counts only, never
 * the events): how many a queue holds, and how many a reader is behind. A queue's total
 * is kept per queue and only the blocks written since the last count are queried, so a
 * page refreshing every second costs one small Query per queue that changed.
 */
final class EventCounter {

	/**
	 * Pages of 1,000 blocks a first count or a lag count reads at most (then "at least").
	 */
	static final int MAX_PAGES = 3;

	private final QueueReader reader;

	private final Map<String, Count> totals = new ConcurrentHashMap<>();

	EventCounter(QueueReader reader) {
		this.reader = Objects.requireNonNull(reader);
	}

	/** Events stored in {@code queue} up to {@code maxEid}. */
	Count total(String queue, String maxEid) {
		if (maxEid == null) {
			return new Count(0, true);
		}
		Count known = totals.get(queue);
		if (known != null && maxEid.equals(known.upTo)) {
			return known;
		}
		ReadPosition from = known == null || known.upTo == null || maxEid.compareTo(known.upTo) < 0
				? ReadPosition.BEGINNING : ReadPosition.after(known.upTo);
		long base = from == ReadPosition.BEGINNING ? 0 : known.events;
		boolean exact = from == ReadPosition.BEGINNING || known.exact;
		QueueReader.EventCount counted = reader.countEvents(queue, from, maxEid, MAX_PAGES);
		Count count = new Count(base + counted.events(), exact && counted.exact(), maxEid);
		totals.put(queue, count);
		return count;
	}

	/**
	 * Events after {@code checkpoint} (from the beginning when {@code null}) up to
	 * {@code maxEid}.
	 */
	Count behind(String queue, String checkpoint, String maxEid) {
		if (maxEid == null || (checkpoint != null && checkpoint.compareTo(maxEid) >= 0)) {
			return new Count(0, true);
		}
		ReadPosition from = checkpoint == null ? ReadPosition.BEGINNING : ReadPosition.after(checkpoint);
		QueueReader.EventCount counted = reader.countEvents(queue, from, maxEid, MAX_PAGES);
		return new Count(counted.events(), counted.exact());
	}

	/**
	 * @param exact false when the count is a lower bound ("at least")
	 * @param upTo the eid counted up to (for the cache)
	 */
	record Count(long events, boolean exact, String upTo) {

		Count(long events, boolean exact) {
			this(events, exact, null);
		}

	}

}
