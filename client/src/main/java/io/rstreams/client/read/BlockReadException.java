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
package io.rstreams.client.read;

import io.rstreams.client.EventId;
import io.rstreams.client.RStreamsException;

/**
 * Stored data that could not be turned into events. Names the queue and the eid range it
 * covers, and keeps the raw bytes where there are any, so the error path (retry,
 * dead-letter queue) can keep them; the reader goes on with the next block, so one bad
 * block never hides the rest of the queue.
 */
public abstract class BlockReadException extends RStreamsException {

	private final String queue;

	private final String firstEid;

	private final String lastEid;

	private final long units;

	private final byte[] raw;

	/**
	 * @param records the stored number of events of what failed (a block's or a member's
	 * {@code records}), used for {@link #units()} when the eids alone cannot say it
	 */
	protected BlockReadException(String message, String queue, String firstEid, String lastEid, long records,
			byte[] raw, Throwable cause) {
		super("Queue '" + queue + "', eids " + firstEid + (firstEid.equals(lastEid) ? "" : " .. " + lastEid) + ": "
				+ message, cause);
		this.queue = queue;
		this.firstEid = firstEid;
		this.lastEid = lastEid;
		this.units = units(firstEid, lastEid, records);
		this.raw = raw;
	}

	/**
	 * The eids of one block share a base and count up, so their distance is the number of
	 * events between them.
	 */
	private static long units(String firstEid, String lastEid, long records) {
		try {
			EventId first = new EventId(firstEid);
			EventId last = new EventId(lastEid);
			if (first.isFull() && last.isFull() && first.base().equals(last.base())
					&& last.sequence() >= first.sequence()) {
				return last.sequence() - first.sequence() + 1;
			}
		}
		catch (IllegalArgumentException notAnEid) {
			// archive and snapshot eids: the stored count below
		}
		return Math.max(1, records);
	}

	public String queue() {
		return queue;
	}

	/** First eid the failure covers. */
	public String firstEid() {
		return firstEid;
	}

	/**
	 * Last eid the failure covers; a reader that moves past the failure continues after
	 * it.
	 */
	public String lastEid() {
		return lastEid;
	}

	/**
	 * The number of events the failure covers: from the eid range when both ends share a
	 * base (as the eids of one block do), else the stored {@code records} of what failed.
	 */
	public long units() {
		return units;
	}

	/**
	 * The bytes that could not be decoded, or {@code null}: a line, a whole gzip block,
	 * or the whole gzip member of an S3 file.
	 */
	public byte[] raw() {
		return raw;
	}

}
