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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Closed records waiting for the send loop, in the order they must reach the bus. A batch
 * goes when it is full (protocol.md 5.1: 100 records or 200 KiB for {@code PutRecords})
 * or when its first record is due: a flush, the linger timer or a retry marked it. Not
 * thread-safe: the writer's lock guards it.
 */
final class RecordQueue {

	private final Deque<OutRecord> records = new ArrayDeque<>();

	private long lastSequence;

	/** Records up to this sequence go without waiting for a full batch. */
	private long dueThrough;

	void add(OutRecord record) {
		record.sequence = ++lastSequence;
		records.addLast(record);
	}

	/** Makes every record queued so far due (a flush, or the linger time passed). */
	void markAllDue() {
		dueThrough = lastSequence;
	}

	/**
	 * Puts records back at the head, in their order, and makes them due: they were taken
	 * from the head.
	 */
	void retryFirst(List<OutRecord> retry) {
		for (int i = retry.size() - 1; i >= 0; i--) {
			records.addFirst(retry.get(i));
			dueThrough = Math.max(dueThrough, retry.get(i).sequence);
		}
	}

	boolean isEmpty() {
		return records.isEmpty();
	}

	int size() {
		return records.size();
	}

	OutRecord head() {
		return records.peekFirst();
	}

	/**
	 * Whether a batch should go now: its head is due, or the queue holds a full batch.
	 */
	boolean isReady(RecordSink limits) {
		if (records.isEmpty()) {
			return false;
		}
		if (records.peekFirst().sequence <= dueThrough || records.size() >= limits.maxRecordsPerCall()) {
			return true;
		}
		long bytes = 0;
		for (OutRecord r : records) {
			bytes += r.size();
		}
		return bytes >= limits.maxBytesPerCall();
	}

	/**
	 * Takes the next batch from the head, within {@code limits}, stopping before a record
	 * whose data is still being produced. Records whose data failed (an S3 upload) are
	 * removed and given to {@code failed}.
	 */
	List<OutRecord> drain(RecordSink limits, Consumer<OutRecord> failed) {
		List<OutRecord> batch = new ArrayList<>();
		long bytes = 0;
		while (!records.isEmpty()) {
			OutRecord head = records.peekFirst();
			if (!head.data.isDone()) {
				break;
			}
			if (head.data.isCompletedExceptionally()) {
				failed.accept(records.pollFirst());
				continue;
			}
			int size = head.size();
			boolean full = batch.size() >= limits.maxRecordsPerCall() || bytes + size > limits.maxBytesPerCall();
			if (!batch.isEmpty() && full) {
				break;
			}
			batch.add(records.pollFirst());
			bytes += size;
		}
		return batch;
	}

}
