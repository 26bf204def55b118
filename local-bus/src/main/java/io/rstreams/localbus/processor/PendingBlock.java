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
package io.rstreams.localbus.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.node.ObjectNode;

/**
 * A LeoStream block built by the processor and waiting for its eids: an inline gzip
 * chunk, an S3 file written by the processor, or an S3 pointer a producer sent (passed
 * through unchanged, as the bus does).
 */
final class PendingBlock {

	final String queue;

	final long records;

	/**
	 * 0-based index of the last event within the block (the bus's {@code obj.end} before
	 * assignIds).
	 */
	final long localEnd;

	final Map<String, long[]> stats = new LinkedHashMap<>();

	byte[] gzip;

	long gzipSize;

	long size;

	/**
	 * S3 blocks: the pointer fields to store (s3, offsets, gzipSize, size, timestamps,
	 * ...).
	 */
	ObjectNode pointer;

	CompletableFuture<Void> upload = CompletableFuture.completedFuture(null);

	/** Snapshot blocks: the eid base forced by the snapshot time. */
	String forcedEventId;

	/** Archive blocks keep the start/end they were sent with. */
	String archiveStart;

	String archiveEnd;

	PendingBlock(String queue, long records, long localEnd) {
		this.queue = queue;
		this.records = records;
		this.localEnd = localEnd;
	}

	/**
	 * Merges another chunk's stats as the bus's assignIds does: units add up, the rest is
	 * the later value.
	 */
	static void merge(Map<String, long[]> into, Map<String, long[]> from) {
		from.forEach((bot, r) -> {
			long[] s = into.get(bot);
			if (s == null) {
				into.put(bot, r.clone());
			}
			else {
				s[2] += r[2];
				s[0] = r[0];
				s[1] = r[1];
				s[3] = r[3];
			}
		});
	}

}
