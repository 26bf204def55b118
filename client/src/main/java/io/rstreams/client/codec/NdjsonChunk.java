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
package io.rstreams.client.codec;

import java.io.ByteArrayOutputStream;

/**
 * The text of one chunk (protocol.md 5.1): NDJSON lines whose integer {@code eid} is the
 * line's 0-based index in the chunk. Uncompressed it is a Firehose chunk; gzipped it is
 * one Kinesis record. Deciding where a chunk ends is the writer's business, not this
 * class's.
 */
public final class NdjsonChunk {

	private final ByteArrayOutputStream text;

	private int events;

	public NdjsonChunk() {
		this(8192);
	}

	/**
	 * @param expectedBytes initial capacity, to spare copies when the chunk's size is
	 * known roughly
	 */
	public NdjsonChunk(int expectedBytes) {
		text = new ByteArrayOutputStream(expectedBytes);
	}

	/**
	 * Appends {@code line} as the next event; its {@code eid} is the number of events
	 * before it.
	 */
	public void add(WireLine line) {
		line.writeTo(text, events);
		events++;
	}

	public int events() {
		return events;
	}

	/** Uncompressed bytes so far. */
	public int size() {
		return text.size();
	}

	public boolean isEmpty() {
		return events == 0;
	}

	/** The NDJSON text. */
	public byte[] text() {
		return text.toByteArray();
	}

	/** The text as one gzip member (RFC 1952): the data of a Kinesis record. */
	public byte[] gzip() {
		return Gzip.compress(text.toByteArray());
	}

}
