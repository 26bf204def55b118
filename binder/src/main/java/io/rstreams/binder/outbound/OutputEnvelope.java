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
package io.rstreams.binder.outbound;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.binder.RStreamsHeaders;
import io.rstreams.binder.properties.BatchSourceTimestamp;
import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.codec.EventCodec;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Decides the envelope of an event written by a producer binding (design.md "Concept
 * mapping"):
 * <ul>
 * <li>parents: the event(s) being processed on this thread (the Function's input), else
 * the parent named by {@code rstreams_eid}/{@code rstreams_queue} headers on the output
 * message;</li>
 * <li>{@code correlation_id}: 1 -&gt; 1 from one parent, N -&gt; 1 (start, end, summed
 * units) from a batch, as the Node SDK's {@code createCorrelation}; none without a
 * parent;</li>
 * <li>{@code event_source_timestamp}: the parent's; for a batch the last of the batch as
 * the Node SDK does, or the oldest with {@code batch-event-source-timestamp: oldest}; now
 * without a parent;</li>
 * <li>{@code timestamp}: now; {@code id}: the producing bot.</li>
 * </ul>
 * Headers on the output message override each of these, unless they only repeat the
 * parent's own value (Spring Cloud Function copies input headers to outputs; those copies
 * are not overrides).
 */
final class OutputEnvelope {

	private final Clock clock;

	private final BatchSourceTimestamp batchTimestamp;

	OutputEnvelope(Clock clock, BatchSourceTimestamp batchTimestamp) {
		this.clock = clock;
		this.batchTimestamp = batchTimestamp;
	}

	/**
	 * The parents' {@code event_source_timestamp}: the one parent's, or the batch's last
	 * or oldest.
	 */
	private Long sourceTimestamp(List<Event> parents) {
		if (batchTimestamp == BatchSourceTimestamp.OLDEST) {
			return parents.stream()
				.map(Event::eventSourceTimestamp)
				.filter(Objects::nonNull)
				.min(Long::compare)
				.orElse(null);
		}
		Long last = null;
		for (Event parent : parents) {
			if (parent.eventSourceTimestamp() != null) {
				last = parent.eventSourceTimestamp();
			}
		}
		return last;
	}

	Event build(String queue, JsonNode payload, MessageHeaders headers, ProcessingScope scope, String botId) {
		List<Event> parents = scope != null ? scope.inputs() : parentFromHeaders(headers);
		Event parent = parents.size() == 1 ? parents.get(0) : null;
		boolean batch = scope != null && scope.isBatch();

		Correlation correlation = null;
		if (!parents.isEmpty()) {
			correlation = batch || parents.size() > 1 ? Correlation.ofBatch(parents) : Correlation.of(parents.get(0));
		}
		Correlation overrideCorrelation = correlation(headers.get(RStreamsHeaders.CORRELATION_ID));
		if (overrideCorrelation != null && (parent == null || !overrideCorrelation.equals(parent.correlationId()))) {
			correlation = overrideCorrelation;
		}

		Long est = sourceTimestamp(parents);
		Long estHeader = longHeader(headers, RStreamsHeaders.EVENT_SOURCE_TIMESTAMP);
		if (estHeader != null && (parent == null || !estHeader.equals(parent.eventSourceTimestamp()))) {
			est = estHeader;
		}
		long now = clock.millis();
		Long timestamp = now;
		Long tsHeader = longHeader(headers, RStreamsHeaders.TIMESTAMP);
		if (tsHeader != null && (parent == null || !tsHeader.equals(parent.timestamp()))) {
			timestamp = tsHeader;
		}
		String id = botId;
		Object idHeader = headers.get(RStreamsHeaders.ID);
		if (idHeader instanceof String s && !s.isBlank() && (parent == null || !s.equals(parent.id()))) {
			id = s;
		}
		Long units = null;
		Long unitsHeader = longHeader(headers, RStreamsHeaders.UNITS);
		if (unitsHeader != null && (parent == null || !unitsHeader.equals(parent.units()))) {
			units = unitsHeader;
		}
		Event.Builder event = Event.builder()
			.id(id)
			.event(queue)
			.payload(payload)
			.eventSourceTimestamp(est == null ? now : est)
			.timestamp(timestamp)
			.correlationId(correlation)
			.units(units);
		for (String trace : new String[] { RStreamsHeaders.TRACEPARENT, RStreamsHeaders.TRACESTATE }) {
			if (headers.get(trace) instanceof String value && !value.isBlank()) {
				event.extra(trace, Json.mapper().getNodeFactory().stringNode(value));
			}
		}
		Object extra = headers.get(RStreamsHeaders.EXTRA);
		if (extra instanceof Map<?, ?> fields && (parent == null || !fields.equals(extraOf(parent)))) {
			fields.forEach((k, v) -> event.extra(String.valueOf(k), Json.mapper().valueToTree(v)));
		}
		return event.build();
	}

	private static Map<String, Object> extraOf(Event parent) {
		Map<String, Object> extra = new LinkedHashMap<>();
		parent.extra().forEach((k, v) -> extra.put(k, Json.mapper().convertValue(v, Object.class)));
		return extra;
	}

	private static List<Event> parentFromHeaders(MessageHeaders headers) {
		Object eid = headers.get(RStreamsHeaders.EID);
		Object queue = headers.get(RStreamsHeaders.QUEUE);
		if (!(eid instanceof String e) || !(queue instanceof String q)) {
			return List.of();
		}
		Event.Builder parent = Event.builder()
			.eid(e)
			.event(q)
			.eventSourceTimestamp(longHeader(headers, RStreamsHeaders.EVENT_SOURCE_TIMESTAMP))
			.timestamp(longHeader(headers, RStreamsHeaders.TIMESTAMP))
			.units(longHeader(headers, RStreamsHeaders.UNITS))
			.correlationId(correlation(headers.get(RStreamsHeaders.CORRELATION_ID)));
		if (headers.get(RStreamsHeaders.ID) instanceof String id) {
			parent.id(id);
		}
		return List.of(parent.build());
	}

	private static Long longHeader(MessageHeaders headers, String name) {
		Object v = headers.get(name);
		if (v instanceof Number n) {
			return n.longValue();
		}
		if (v instanceof String s && !s.isBlank()) {
			try {
				return Long.parseLong(s.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Header " + name + " must be a number (epoch ms), was '" + s + "'");
			}
		}
		return null;
	}

	static Correlation correlation(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Correlation c) {
			return c;
		}
		JsonNode node;
		if (value instanceof String s) {
			node = Json.mapper().readTree(s);
		}
		else if (value instanceof Map<?, ?> || value instanceof JsonNode) {
			node = Json.mapper().valueToTree(value);
		}
		else {
			throw new IllegalArgumentException("Header " + RStreamsHeaders.CORRELATION_ID
					+ " must be a Correlation, a Map or JSON text, was " + value.getClass().getName());
		}
		Correlation c = EventCodec.fromJson(node);
		if (c == null) {
			throw new IllegalArgumentException("Header " + RStreamsHeaders.CORRELATION_ID
					+ " is not a correlation ({source, start, end?, units?}): " + value);
		}
		return c;
	}

}
