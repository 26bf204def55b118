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
package io.rstreams.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One RStreams event envelope (protocol.md section 4.1).
 *
 * <p>
 * On the write side {@code eid} is absent (the bus assigns it); on the read side it is
 * the full eid and {@code event} is the queue id that was read. Fields this class does
 * not model (a producer's own top-level fields) are kept in {@link #extra()} in their
 * original order, so reading an event and writing it on loses nothing.
 *
 * @param id the producing bot's id
 * @param event the queue (as given on write; the normalised queue id on read)
 * @param payload the user data, any JSON; the bus drops events whose payload is not
 * truthy
 * @param eventSourceTimestamp when the original source event entered the bus (epoch ms)
 * @param timestamp when this event was written (epoch ms)
 * @param correlationId lineage, or {@code null}
 * @param eid the event id (read side only)
 * @param units weight for counts and checkpoints, or {@code null} (= 1)
 * @param extra other top-level fields, in order; never {@code null}
 */
public record Event(String id, String event, JsonNode payload, Long eventSourceTimestamp, Long timestamp,
		Correlation correlationId, String eid, Long units, Map<String, JsonNode> extra) {

	public Event {
		extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().id(id)
			.event(event)
			.payload(payload)
			.eventSourceTimestamp(eventSourceTimestamp)
			.timestamp(timestamp)
			.correlationId(correlationId)
			.eid(eid)
			.units(units)
			.extra(extra);
	}

	/** {@code units ?? 1}, as the SDK counts events. */
	public long unitsOrOne() {
		return units == null ? 1 : units;
	}

	/** The eid as a value, or {@code null} for events not read from a queue. */
	public EventId eventId() {
		return eid == null ? null : new EventId(eid);
	}

	public Event withEid(String newEid) {
		return toBuilder().eid(newEid).build();
	}

	public Event withEvent(String newEvent) {
		return toBuilder().event(newEvent).build();
	}

	/**
	 * Whether the bus would store this event: JavaScript truthiness of {@code payload}
	 * ({@code !event.payload} drops {@code null}, {@code false}, {@code 0}, {@code ""};
	 * objects and arrays, even empty, are truthy).
	 */
	public boolean hasTruthyPayload() {
		return isTruthy(payload);
	}

	static boolean isTruthy(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return false;
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNumber()) {
			double d = node.doubleValue();
			return d != 0 && !Double.isNaN(d);
		}
		if (node.isString()) {
			return !node.stringValue().isEmpty();
		}
		return true;
	}

	/** Mutable builder; {@link #build()} makes the immutable event. */
	public static final class Builder {

		private String id;

		private String event;

		private JsonNode payload;

		private Long eventSourceTimestamp;

		private Long timestamp;

		private Correlation correlationId;

		private String eid;

		private Long units;

		private final Map<String, JsonNode> extra = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder id(String id) {
			this.id = id;
			return this;
		}

		public Builder event(String event) {
			this.event = event;
			return this;
		}

		public Builder payload(JsonNode payload) {
			this.payload = payload;
			return this;
		}

		public Builder eventSourceTimestamp(Long eventSourceTimestamp) {
			this.eventSourceTimestamp = eventSourceTimestamp;
			return this;
		}

		public Builder timestamp(Long timestamp) {
			this.timestamp = timestamp;
			return this;
		}

		public Builder correlationId(Correlation correlationId) {
			this.correlationId = correlationId;
			return this;
		}

		public Builder eid(String eid) {
			this.eid = eid;
			return this;
		}

		public Builder units(Long units) {
			this.units = units;
			return this;
		}

		public Builder extra(Map<String, JsonNode> extra) {
			this.extra.clear();
			if (extra != null) {
				this.extra.putAll(extra);
			}
			return this;
		}

		public Builder extra(String field, JsonNode value) {
			this.extra.put(field, value);
			return this;
		}

		public Event build() {
			return new Event(id, event, payload, eventSourceTimestamp, timestamp, correlationId, eid, units, extra);
		}

	}
}
