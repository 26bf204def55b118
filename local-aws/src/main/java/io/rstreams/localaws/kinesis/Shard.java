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
package io.rstreams.localaws.kinesis;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One shard's records in memory, addressed by position (0 for the shard's first record
 * ever). Instead of Kinesis's retention period a shard keeps at most a number of bytes of
 * data: the oldest records are dropped first and the trim horizon moves past them, as
 * when Kinesis's retention expires them.
 */
final class Shard {

	final String id;

	final int index;

	final BigInteger hashKeyStart;

	final BigInteger hashKeyEnd;

	final SequenceNumbers sequenceNumbers;

	private final long maxBytes;

	/**
	 * Records from position {@link #trimmed}, the first {@link #head} of them dropped.
	 */
	private final List<StoredRecord> records = new ArrayList<>();

	private int head;

	private long trimmed;

	private long bytes;

	private Instant lastArrival;

	Shard(int index, int count, long maxBytes) {
		this.id = String.format("shardId-%012d", index);
		this.index = index;
		this.hashKeyStart = HashKeys.start(index, count);
		this.hashKeyEnd = HashKeys.end(index, count);
		this.sequenceNumbers = new SequenceNumbers(index);
		this.maxBytes = maxBytes;
	}

	boolean holds(BigInteger hashKey) {
		return hashKey.compareTo(hashKeyStart) >= 0 && hashKey.compareTo(hashKeyEnd) <= 0;
	}

	/**
	 * Appends a record; arrival times never go back within a shard, even when concurrent
	 * puts took their time in another order.
	 */
	synchronized StoredRecord append(byte[] data, String partitionKey, Instant arrival) {
		if (lastArrival != null && arrival.isBefore(lastArrival)) {
			arrival = lastArrival;
		}
		lastArrival = arrival;
		StoredRecord r = new StoredRecord(sequenceNumbers.of(end()), arrival, data, partitionKey);
		records.add(r);
		bytes += data.length;
		while (bytes > maxBytes && head < records.size() - 1) {
			bytes -= records.get(head).data().length;
			records.set(head, null);
			head++;
			trimmed++;
		}
		if (head > 1024 && head > records.size() / 2) {
			records.subList(0, head).clear();
			head = 0;
		}
		return r;
	}

	/** The position after the last record: where a LATEST iterator starts. */
	synchronized long end() {
		return trimmed + records.size() - head;
	}

	/** The position of the oldest record kept: where a TRIM_HORIZON iterator starts. */
	synchronized long trimHorizon() {
		return trimmed;
	}

	/**
	 * Records from {@code position} (or the trim horizon, if they were dropped), at most
	 * {@code limit} of them and, past the first, at most {@code maxBytes} of data.
	 */
	synchronized List<StoredRecord> read(long position, int limit, long maxBytes) {
		long from = Math.max(position, trimmed);
		List<StoredRecord> out = new ArrayList<>();
		long size = 0;
		for (long p = from; p < end() && out.size() < limit; p++) {
			StoredRecord r = records.get(head + (int) (p - trimmed));
			size += r.data().length;
			if (!out.isEmpty() && size > maxBytes) {
				break;
			}
			out.add(r);
		}
		return out;
	}

	/** The first position whose record arrived at or after {@code time}, or the end. */
	synchronized long positionAt(Instant time) {
		for (long p = trimmed; p < end(); p++) {
			if (!records.get(head + (int) (p - trimmed)).arrival().isBefore(time)) {
				return p;
			}
		}
		return end();
	}

	/** When the record at {@code position} arrived, or null if there is none (yet). */
	synchronized Instant arrivalAt(long position) {
		return position >= trimmed && position < end() ? records.get(head + (int) (position - trimmed)).arrival()
				: null;
	}

}
