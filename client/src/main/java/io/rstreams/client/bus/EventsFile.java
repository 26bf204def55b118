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

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.rstreams.client.Correlation;
import io.rstreams.client.EventId;
import io.rstreams.client.Json;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.Gzip;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An S3 events file of one queue being built, and the pointer record that announces it
 * (protocol.md 5.2).
 *
 * <p>
 * The file is a concatenation of independent gzip members ("chunks"); each member's lines
 * carry an integer {@code eid} that restarts at 0. The pointer lists every member in
 * {@code offsets} with cumulative record indexes ({@code start}/{@code end}), its byte
 * position in the file ({@code gzipOffset}) and in the text ({@code offset}), plus the
 * producer's {@code stats} and per-member {@code correlations}, exactly as the Node SDK's
 * {@code leoS3} writes them, so the bus's processor and every reader treat it like a
 * Node-made file.
 */
public final class EventsFile {

	private final String queue;

	private final String bucket;

	private final String key;

	private final long createdAt;

	private final ByteArrayOutputStream file = new ByteArrayOutputStream();

	private final List<S3Offset> offsets = new ArrayList<>();

	private final List<Map<String, ObjectNode>> memberCorrelations = new ArrayList<>();

	private final Map<String, long[]> stats = new LinkedHashMap<>();

	private ByteArrayOutputStream member = new ByteArrayOutputStream();

	private Map<String, ObjectNode> correlations = new LinkedHashMap<>();

	private long memberRecords;

	private long records;

	private long size;

	/**
	 * @param queue the queue as the producer named it (used in the key and the pointer's
	 * {@code event})
	 * @param prefix the key prefix after the queue (the SDK uses the bot id);
	 * {@code null} for none
	 * @param counter this writer's file counter (the 7-digit part of the key)
	 * @param createdAt file creation time (epoch ms)
	 */
	public EventsFile(String queue, String bucket, String prefix, long counter, long createdAt) {
		this.queue = queue;
		this.bucket = bucket;
		this.createdAt = createdAt;
		String time = EventId.minutePrefix(createdAt) + createdAt;
		this.key = "bus/" + queue + "/" + (prefix == null ? "" : prefix + "/") + time + "-" + EventId.pad7(counter)
				+ "-" + UUID.randomUUID() + ".gz";
	}

	public String key() {
		return key;
	}

	public String bucket() {
		return bucket;
	}

	public long createdAt() {
		return createdAt;
	}

	/**
	 * Adds an event (its wire object, without {@code eid}) to the open member; the line
	 * gets the member-local index as {@code eid}. Returns the line's uncompressed size.
	 */
	public int add(ObjectNode event) {
		event.put(EventCodec.EID, memberRecords);
		byte[] json = Json.mapper().writeValueAsBytes(event);
		member.write(json, 0, json.length);
		member.write('\n');
		memberRecords++;
		long est = longField(event, EventCodec.EVENT_SOURCE_TIMESTAMP);
		long ts = longField(event, EventCodec.TIMESTAMP);
		JsonNode unitsNode = event.get(EventCodec.UNITS);
		long units = unitsNode != null && unitsNode.isNumber() ? unitsNode.asLong() : 1;
		JsonNode idNode = event.get(EventCodec.ID);
		String id = idNode == null ? "undefined" : idNode.asString();
		long[] s = stats.computeIfAbsent(id, k -> new long[] { 0, 0, 0, 0 });
		s[0] = Math.max(s[0], est);
		s[1] = Math.max(s[1], ts);
		s[2] += units;
		s[3] = memberRecords - 1;
		Correlation c = EventCodec.fromJson(event.get(EventCodec.CORRELATION_ID));
		if (c != null) {
			ObjectNode agg = correlations.computeIfAbsent(c.source(), source -> {
				ObjectNode n = Json.mapper().createObjectNode();
				n.put("source", source);
				n.putNull("start");
				n.putNull("end");
				n.put("records", 0);
				return n;
			});
			if (agg.get("start").isNull() && c.start() != null) {
				agg.put("start", c.start());
			}
			if (c.checkpointEid() != null) {
				agg.put("end", c.checkpointEid());
			}
			agg.put("records", agg.get("records").asLong() + c.unitsOrOne());
			agg.put("source_timestamp", est);
			agg.put("timestamp", ts);
		}
		return json.length + 1;
	}

	private static long longField(ObjectNode node, String field) {
		JsonNode v = node.get(field);
		return v != null && v.isNumber() ? v.asLong() : 0;
	}

	/**
	 * Per producing bot: {@code {start: max event_source_timestamp, end: max timestamp,
	 * units, checkpoint}}.
	 */
	public Map<String, long[]> stats() {
		return stats;
	}

	/**
	 * The members written so far (call {@link #closeMember()} first to include the open
	 * one).
	 */
	public List<S3Offset> offsets() {
		return offsets;
	}

	public long size() {
		return size;
	}

	public long memberSize() {
		return member.size();
	}

	public int members() {
		return offsets.size() + (memberRecords > 0 ? 1 : 0);
	}

	public long records() {
		return records + memberRecords;
	}

	/** Compresses the open member (if it has events) and appends it to the file. */
	public void closeMember() {
		if (memberRecords == 0) {
			return;
		}
		byte[] text = member.toByteArray();
		byte[] gz = Gzip.compress(text);
		offsets.add(new S3Offset(queue, records, records + memberRecords - 1, memberRecords, gz.length, text.length,
				size, file.size()));
		file.writeBytes(gz);
		records += memberRecords;
		size += text.length;
		memberCorrelations.add(correlations);
		correlations = new LinkedHashMap<>();
		member = new ByteArrayOutputStream();
		memberRecords = 0;
	}

	/** The whole file; call {@link #closeMember()} first. */
	public byte[] bytes() {
		return file.toByteArray();
	}

	/**
	 * The gzipped pointer record for Kinesis, as the SDK's {@code toLeo} sends it for an
	 * S3 file.
	 */
	public byte[] pointerRecord(long now) {
		ObjectNode p = Json.mapper().createObjectNode();
		p.put("event", queue);
		p.putNull("start");
		p.put("end", records - 1);
		ObjectNode s3 = p.putObject("s3");
		s3.put("bucket", bucket);
		s3.put("key", key);
		ArrayNode list = p.putArray("offsets");
		for (S3Offset o : offsets) {
			o.appendTo(list);
		}
		p.put("gzipSize", file.size());
		p.put("size", size);
		p.put("records", records);
		ObjectNode statsNode = p.putObject("stats");
		stats.forEach((bot, s) -> {
			ObjectNode n = statsNode.putObject(bot);
			n.put("start", s[0]);
			n.put("end", s[1]);
			n.put("units", s[2]);
			n.put("checkpoint", s[3]);
		});
		ArrayNode corr = p.putArray("correlations");
		for (Map<String, ObjectNode> m : memberCorrelations) {
			ObjectNode n = corr.addObject();
			m.forEach(n::set);
		}
		p.put("timestamp", now);
		p.put("event_source_timestamp", now);
		byte[] json = Json.mapper().writeValueAsBytes(p);
		byte[] line = new byte[json.length + 1];
		System.arraycopy(json, 0, line, 0, json.length);
		line[json.length] = '\n';
		return Gzip.compress(line);
	}

	@Override
	public String toString() {
		return "s3://" + bucket + "/" + key + " (" + records() + " events, created " + Instant.ofEpochMilli(createdAt)
				+ ")";
	}

}
