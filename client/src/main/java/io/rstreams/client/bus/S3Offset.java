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
package io.rstreams.client.bus;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One gzip member ("chunk") of an RStreams S3 file (protocol.md 2.1 and 5.2):
 * {@code start}/{@code end} are 0-based cumulative record indexes within the file,
 * {@code gzipOffset} is where the member starts in the file and {@code offset} where its
 * text starts once decompressed. In archive blocks {@code start}/{@code end} may be eids
 * instead (then {@link #archiveStart()} / {@link #archiveEnd()} hold them).
 */
public record S3Offset(String event, long start, long end, long records, long gzipSize, long size, long offset,
		long gzipOffset, String archiveStart, String archiveEnd) {

	public S3Offset(String event, long start, long end, long records, long gzipSize, long size, long offset,
			long gzipOffset) {
		this(event, start, end, records, gzipSize, size, offset, gzipOffset, null, null);
	}

	/**
	 * Appends this member to a pointer record's {@code offsets} list, with the SDK's
	 * field names and order.
	 */
	public void appendTo(ArrayNode offsets) {
		ObjectNode n = offsets.addObject();
		n.put("event", event);
		n.put("start", start);
		n.put("end", end);
		n.put("records", records);
		n.put("gzipSize", gzipSize);
		n.put("size", size);
		n.put("offset", offset);
		n.put("gzipOffset", gzipOffset);
	}
}
