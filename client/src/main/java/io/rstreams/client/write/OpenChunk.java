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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.rstreams.client.codec.NdjsonChunk;
import io.rstreams.client.codec.WireLine;

/**
 * The chunk being filled, with the acknowledgements of its events: it is full at
 * {@code chunkRecords} events or {@code chunkBytes} of NDJSON (protocol.md 5.1, the SDK's
 * {@code chunkEventStream}).
 */
final class OpenChunk {

	/**
	 * Room kept for {@code ,"eid":N} and {@code \n}: enough for any index below 10,000.
	 */
	private static final int EID_ROOM = 12;

	private final int maxEvents;

	private final long maxBytes;

	private final boolean gzip;

	private final Consumer<OutRecord> out;

	private NdjsonChunk chunk = new NdjsonChunk();

	private List<CompletableFuture<Void>> acks = new ArrayList<>();

	private String queue;

	/**
	 * @param gzip whether a closed chunk is gzipped (Kinesis) or stays text (Firehose)
	 * @param out where each closed chunk goes, as a record
	 */
	OpenChunk(WriterSettings settings, boolean gzip, Consumer<OutRecord> out) {
		this.maxEvents = settings.chunkRecords();
		this.maxBytes = settings.chunkBytes();
		this.gzip = gzip;
		this.out = out;
	}

	/**
	 * Adds a line, closing the chunk first when the line does not fit and after it when
	 * the chunk is full.
	 */
	void append(String eventQueue, WireLine line, CompletableFuture<Void> ack) {
		if (!hasRoomFor(line)) {
			flush();
		}
		if (chunk.isEmpty()) {
			queue = eventQueue;
		}
		chunk.add(line);
		acks.add(ack);
		if (isFull()) {
			flush();
		}
	}

	/** Closes the chunk, if it holds anything, and hands its record on. */
	void flush() {
		OutRecord record = close();
		if (record != null) {
			out.accept(record);
		}
	}

	/** Whether {@code line} still fits; the first line always does. */
	private boolean hasRoomFor(WireLine line) {
		return chunk.isEmpty() || chunk.size() + line.jsonLength() + EID_ROOM <= maxBytes;
	}

	private boolean isFull() {
		return chunk.events() >= maxEvents || chunk.size() >= maxBytes;
	}

	/**
	 * The chunk as a record, and a new empty chunk; {@code null} if there is nothing to
	 * close.
	 */
	private OutRecord close() {
		if (chunk.isEmpty()) {
			return null;
		}
		byte[] data = gzip ? chunk.gzip() : chunk.text();
		OutRecord record = new OutRecord(CompletableFuture.completedFuture(data), acks, queue,
				chunk.events() + " events");
		chunk = new NdjsonChunk();
		acks = new ArrayList<>();
		queue = null;
		return record;
	}

}
