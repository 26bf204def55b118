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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts events to and from the JSON lines of the wire (protocol.md 4.1, 4.2).
 *
 * <p>
 * Write side: one line per event, fields in the order the Node SDK's {@code load}
 * produces them
 * ({@code payload, event_source_timestamp, correlation_id, id, event, timestamp, eid}),
 * with {@code eid} the 0-based index of the event in its chunk. Read side: any field
 * order; {@code eid} is returned separately because the stored value is an integer offset
 * that only the reader can turn into a full eid.
 */
public final class EventCodec {

	public static final String ID = "id";

	public static final String EVENT = "event";

	public static final String PAYLOAD = "payload";

	public static final String EVENT_SOURCE_TIMESTAMP = "event_source_timestamp";

	public static final String TIMESTAMP = "timestamp";

	public static final String CORRELATION_ID = "correlation_id";

	public static final String EID = "eid";

	public static final String UNITS = "units";

	private static final JsonMapper JSON = Json.mapper();

	private EventCodec() {
	}

	/**
	 * The write-side line for {@code event} as the {@code chunkIndex}-th event of its
	 * chunk, {@code \n} included.
	 */
	public static byte[] toWireLine(Event event, long chunkIndex) {
		return WireLine.of(event).toBytes(chunkIndex);
	}

	/** The write-side object without {@code eid}. */
	public static ObjectNode toWireNode(Event event) {
		ObjectNode node = JSON.createObjectNode();
		node.set(PAYLOAD, event.payload());
		putLong(node, EVENT_SOURCE_TIMESTAMP, event.eventSourceTimestamp());
		if (event.correlationId() != null) {
			node.set(CORRELATION_ID, toJson(event.correlationId()));
		}
		putLong(node, UNITS, event.units());
		event.extra().forEach(node::set);
		if (event.id() != null) {
			node.put(ID, event.id());
		}
		if (event.event() != null) {
			node.put(EVENT, event.event());
		}
		putLong(node, TIMESTAMP, event.timestamp());
		return node;
	}

	/**
	 * The read-side object, as the Node SDK's reader emits it (with the full string eid).
	 */
	public static ObjectNode toReadNode(Event event) {
		ObjectNode node = toWireNode(event);
		if (event.eid() != null) {
			node.put(EID, event.eid());
		}
		return node;
	}

	private static void putLong(ObjectNode node, String field, Long value) {
		if (value != null) {
			node.put(field, value.longValue());
		}
	}

	/**
	 * {@code {source, start|partial_start, end|partial_end, units}} in the SDK's key
	 * order.
	 */
	public static ObjectNode toJson(Correlation c) {
		ObjectNode node = JSON.createObjectNode();
		node.put("source", c.source());
		String startKey = c.partial() ? "partial_start" : "start";
		String endKey = c.partial() ? "partial_end" : "end";
		if (c.start() != null) {
			node.put(startKey, c.start());
		}
		if (c.end() != null) {
			node.put(endKey, c.end());
		}
		else if (c.endKey()) {
			node.putNull(endKey);
		}
		if (c.units() != null) {
			node.put("units", c.units().longValue());
		}
		return node;
	}

	/**
	 * Reads a correlation written by any producer. Returns {@code null} when the value is
	 * not an object with a string {@code source}; callers keep such a value as an unknown
	 * field rather than dropping it.
	 */
	public static Correlation fromJson(JsonNode node) {
		if (node == null || !node.isObject()) {
			return null;
		}
		JsonNode source = node.get("source");
		if (source == null || !source.isString()) {
			return null;
		}
		boolean partial = node.has("partial_start") && !node.has("start");
		String start = text(node.get(partial ? "partial_start" : "start"));
		String endField = partial ? "partial_end" : "end";
		String end = text(node.get(endField));
		Long units = longValue(node.get("units"));
		return new Correlation(source.asString(), start, end, units, partial, node.has(endField));
	}

	/** Parses one line; throws {@link JacksonException} when it is not a JSON object. */
	public static ObjectNode parseObject(byte[] line, int offset, int length) {
		JsonNode node = JSON.readTree(line, offset, length);
		if (node == null || !node.isObject()) {
			throw new NotAnEventException("Line is JSON but not an object: " + preview(line, offset, length));
		}
		return (ObjectNode) node;
	}

	/**
	 * Turns a stored line into an event; {@code eid} is taken from the argument (the
	 * reader computes it), the stored {@code eid} field is ignored. Unknown fields go to
	 * {@link Event#extra()}.
	 */
	public static Event fromObject(ObjectNode node, String eid) {
		Event.Builder b = Event.builder().eid(eid);
		Map<String, JsonNode> extra = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			String name = field.getKey();
			JsonNode value = field.getValue();
			switch (name) {
				case ID -> b.id(text(value));
				case EVENT -> b.event(text(value));
				case PAYLOAD -> b.payload(value);
				case EVENT_SOURCE_TIMESTAMP -> b.eventSourceTimestamp(timestamp(value));
				case TIMESTAMP -> b.timestamp(timestamp(value));
				case UNITS -> b.units(longValue(value));
				case EID -> {
					// computed by the reader
				}
				case CORRELATION_ID -> {
					Correlation c = fromJson(value);
					if (c != null) {
						b.correlationId(c);
					}
					else if (value != null && !value.isNull()) {
						extra.put(name, value);
					}
				}
				default -> extra.put(name, value);
			}
		}
		return b.extra(extra).build();
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return node.isString() ? node.asString() : node.toString();
	}

	private static Long longValue(JsonNode node) {
		if (node == null || !node.isNumber()) {
			return null;
		}
		return node.isIntegralNumber() ? node.longValue() : (long) Math.floor(node.doubleValue());
	}

	/**
	 * Epoch ms from a number, a numeric string or an ISO instant (the bus coerces with
	 * {@code moment(x)}).
	 */
	static Long timestamp(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			return longValue(node);
		}
		if (node.isString()) {
			String s = node.asString().trim();
			try {
				return Long.parseLong(s);
			}
			catch (NumberFormatException notANumber) {
				try {
					return Instant.parse(s).toEpochMilli();
				}
				catch (DateTimeParseException notAnInstant) {
					return null;
				}
			}
		}
		return null;
	}

	static String preview(byte[] line, int offset, int length) {
		int n = Math.min(length, 200);
		return new String(line, offset, n, StandardCharsets.UTF_8) + (length > n ? "..." : "");
	}

	/** A line that parsed as JSON but is not an object. */
	public static final class NotAnEventException extends RuntimeException {

		NotAnEventException(String message) {
			super(message);
		}

	}

}
