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

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.client.Json;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.bus.EventsFile;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.Gzip;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The processor's per-queue pipeline before eids are assigned (protocol.md 5.4 step 6):
 * events become gzip chunks of at most 2,000 events / 200 KiB (each line's {@code eid}
 * its index in the chunk), or, in S3 mode, members of S3 files without a key prefix;
 * incoming S3 pointers flush the open chunk and pass through unchanged. Every line, chunk
 * end and block is told to the batch's {@link FinishOrder}, which decides when the bus
 * would number it.
 */
final class QueueBlocks {

	static final int CHUNK_RECORDS = 2000;
	static final long CHUNK_BYTES = 200 * 1024;
	static final long S3_CHUNK_BYTES = 10 * 1024 * 1024;
	static final int S3_SECTIONS = 10;

	private final String key;

	private final String queue;

	private final boolean s3Mode;

	private final String bucket;

	private final ObjectStore s3;

	private final long now;

	private final FinishOrder<PendingBlock> order;

	private final String forcedEventId;

	private ByteArrayOutputStream chunk = new ByteArrayOutputStream();

	private Map<String, long[]> chunkStats = new LinkedHashMap<>();

	private long chunkRecords;

	private EventsFile file;

	/**
	 * The key's file counter (protocol.md 5.2): the SDK's leoS3 keeps one per stream and
	 * the bus makes a stream per queue and batch, so every queue's first file of a batch
	 * is {@code -0000001}.
	 */
	private long files;

	/**
	 * @param key the queue's stream in the batch (the queue, or a snapshot queue with its
	 * forced eid base)
	 */
	QueueBlocks(String key, String queue, boolean s3Mode, String bucket, ObjectStore s3, long now,
			FinishOrder<PendingBlock> order, String forcedEventId) {
		this.key = key;
		this.queue = queue;
		this.s3Mode = s3Mode;
		this.bucket = bucket;
		this.s3 = s3;
		this.now = now;
		this.order = order;
		this.forcedEventId = forcedEventId;
	}

	void add(ObjectNode event) {
		if (s3Mode) {
			addToFile(event);
			return;
		}
		event.put(EventCodec.EID, chunkRecords);
		byte[] json = Json.mapper().writeValueAsBytes(event);
		chunk.write(json, 0, json.length);
		chunk.write('\n');
		updateStats(chunkStats, event, chunkRecords);
		chunkRecords++;
		boolean full = chunkRecords >= CHUNK_RECORDS || chunk.size() >= CHUNK_BYTES;
		order.line(key, json.length + 1, full, full ? List.of(closeChunk()) : List.of());
	}

	private void addToFile(ObjectNode event) {
		if (file == null) {
			file = new EventsFile(queue, bucket, null, ++files, now);
		}
		int lineBytes = file.add(event);
		boolean memberFull = file.memberSize() >= S3_CHUNK_BYTES;
		List<PendingBlock> blocks = List.of();
		if (memberFull) {
			file.closeMember();
			if (file.members() >= S3_SECTIONS) {
				blocks = List.of(closeFile());
			}
		}
		order.line(key, lineBytes, memberFull, blocks);
	}

	/**
	 * A producer's S3 pointer: flush what is open, then store the pointer as its own
	 * block.
	 */
	void addPointer(ObjectNode pointer, String archiveStart, String archiveEnd) {
		boolean openChunk = hasOpenChunk();
		List<PendingBlock> blocks = new ArrayList<>(close());
		long records = pointer.path("records").asLong();
		JsonNode end = pointer.get("end");
		long localEnd = end != null && end.isNumber() ? end.asLong() : records - 1;
		PendingBlock block = new PendingBlock(queue, records, localEnd);
		JsonNode stats = pointer.get("stats");
		if (stats != null && stats.isObject()) {
			for (Map.Entry<String, JsonNode> s : stats.properties()) {
				JsonNode v = s.getValue();
				block.stats.put(s.getKey(), new long[] { v.path("start").asLong(), v.path("end").asLong(),
						v.path("units").asLong(), v.path("checkpoint").asLong() });
			}
		}
		ObjectNode stored = pointer.deepCopy();
		stored.remove("stats");
		stored.remove("correlations");
		stored.put("event", queue);
		block.pointer = stored;
		block.gzipSize = pointer.path("gzipSize").asLong();
		block.size = pointer.path("size").asLong();
		block.archiveStart = archiveStart;
		block.archiveEnd = archiveEnd;
		block.forcedEventId = forcedEventId;
		blocks.add(block);
		order.flush(key, openChunk, blocks);
	}

	/**
	 * End of the batch's input: the bus's {@code closeStreams} ends this queue's stream.
	 */
	void flush() {
		boolean openChunk = hasOpenChunk();
		order.flush(key, openChunk, close());
	}

	private boolean hasOpenChunk() {
		return chunkRecords > 0 || (file != null && file.memberSize() > 0);
	}

	private List<PendingBlock> close() {
		List<PendingBlock> blocks = new ArrayList<>();
		if (chunkRecords > 0) {
			blocks.add(closeChunk());
		}
		if (file != null) {
			blocks.add(closeFile());
		}
		return blocks;
	}

	private PendingBlock closeChunk() {
		byte[] text = chunk.toByteArray();
		PendingBlock block = new PendingBlock(queue, chunkRecords, chunkRecords - 1);
		block.gzip = Gzip.compress(text);
		block.gzipSize = block.gzip.length;
		block.size = text.length;
		block.stats.putAll(chunkStats);
		block.forcedEventId = forcedEventId;
		chunk = new ByteArrayOutputStream();
		chunkStats = new LinkedHashMap<>();
		chunkRecords = 0;
		return block;
	}

	private PendingBlock closeFile() {
		file.closeMember();
		PendingBlock block = new PendingBlock(queue, file.records(), file.records() - 1);
		block.stats.putAll(file.stats());
		ObjectNode pointer = Json.mapper().createObjectNode();
		pointer.put("event", queue);
		ObjectNode s3Node = pointer.putObject("s3");
		s3Node.put("bucket", file.bucket());
		s3Node.put("key", file.key());
		var offsets = pointer.putArray("offsets");
		file.offsets().forEach(o -> o.appendTo(offsets));
		byte[] bytes = file.bytes();
		pointer.put("gzipSize", bytes.length);
		pointer.put("size", file.size());
		pointer.put("records", file.records());
		block.pointer = pointer;
		block.gzipSize = bytes.length;
		block.size = file.size();
		block.forcedEventId = forcedEventId;
		block.upload = s3.put(file.bucket(), file.key(), bytes);
		file = null;
		return block;
	}

	/**
	 * The bus's per-chunk stats: units add up, start/end are the largest timestamps,
	 * checkpoint the last index.
	 */
	static void updateStats(Map<String, long[]> stats, ObjectNode event, long index) {
		JsonNode id = event.get(EventCodec.ID);
		String bot = id == null ? "undefined" : id.asString();
		long[] s = stats.computeIfAbsent(bot, k -> new long[4]);
		JsonNode units = event.get(EventCodec.UNITS);
		s[2] += units != null && units.isNumber() && units.asLong() != 0 ? units.asLong() : 1;
		s[0] = Math.max(s[0], event.path(EventCodec.EVENT_SOURCE_TIMESTAMP).asLong());
		s[1] = Math.max(s[1], event.path(EventCodec.TIMESTAMP).asLong());
		s[3] = index;
	}

}
