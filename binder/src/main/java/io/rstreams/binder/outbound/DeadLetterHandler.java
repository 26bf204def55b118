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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.rstreams.binder.RStreamsHeaders;
import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.write.QueueWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.BinderHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.ErrorMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what a consumer binding could not handle to its dead-letter queue, through the
 * bus's ordinary write path (so a Node bot can read the queue), and returns only once the
 * bus accepted it; the binding then moves on.
 *
 * <p>
 * Each dead-lettered event keeps the failed event's {@code payload} and
 * {@code event_source_timestamp}, points to it with {@code correlation_id = {source:
 * <queue>, start: <eid>, units}}, and adds two top-level fields: {@code rstreams_error}
 * ({@code message}, {@code exception}, {@code stack_trace}, {@code queue}, {@code eid},
 * {@code bot}, {@code binding}, {@code failed_at}) and {@code rstreams_original} (the
 * failed event's {@code id}, {@code timestamp}, {@code correlation_id}, {@code units}). A
 * batch is dead-lettered event by event.
 *
 * <p>
 * Stored data that could not be decoded (a line, a corrupt gzip block, a corrupt member
 * of an S3 file) is one dead-lettered event however many events it covers: {@code payload
 * = {"raw": <base64 of all its stored bytes>, "encoding": "base64"}},
 * {@code correlation_id = {source, start: <first eid>, end: <last eid>, units: <events
 * covered>}}, {@code first_eid} in {@code rstreams_error}, and
 * {@code rstreams_original = {first_eid, last_eid, units, reason: <the reader's
 * exception, simple class name>, bytes: <raw length>}}.
 */
public class DeadLetterHandler implements MessageHandler {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);

	private static final int MAX_STACK = 16 * 1024;

	private final QueueWriter writer;

	private final String dlq;

	private final String queue;

	private final String botId;

	private final String binding;

	private final Clock clock;

	public DeadLetterHandler(QueueWriter writer, String dlq, String queue, String botId, String binding, Clock clock) {
		this.writer = writer;
		this.dlq = dlq;
		this.queue = queue;
		this.botId = botId;
		this.binding = binding;
		this.clock = clock;
	}

	public String queue() {
		return dlq;
	}

	public QueueWriter writer() {
		return writer;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void handleMessage(Message<?> message) {
		if (!(message instanceof ErrorMessage error)) {
			throw new MessageHandlingException(message, "The dead-letter handler expects ErrorMessages");
		}
		Throwable failure = error.getPayload();
		Message<?> failed = failure instanceof MessagingException me && me.getFailedMessage() != null
				? me.getFailedMessage() : error.getOriginalMessage();
		Throwable cause = failure instanceof MessagingException && failure.getCause() != null ? failure.getCause()
				: failure;
		if (failed == null) {
			throw new MessageHandlingException(message, "Nothing to dead-letter: no failed message", failure);
		}
		List<Event> events = new ArrayList<>();
		Object payload = failed.getPayload();
		Object batchHeaders = failed.getHeaders().get(BinderHeaders.BATCH_HEADERS);
		if (payload instanceof List<?> list && batchHeaders instanceof List<?> headers) {
			for (int i = 0; i < list.size(); i++) {
				events.add(deadLetter(list.get(i), (Map<String, Object>) headers.get(i), cause));
			}
		}
		else {
			events.add(deadLetter(payload, failed.getHeaders(), cause));
		}
		List<CompletableFuture<Void>> writes = new ArrayList<>();
		for (Event e : events) {
			writes.add(writer.write(e));
		}
		writer.flush();
		try {
			CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
				.get(writer.settings().callTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			throw new MessageHandlingException(failed, "Could not write to the dead-letter queue '" + dlq + "'", ex);
		}
		log.warn("Binding '{}': dead-lettered {} event(s) of queue '{}' at {} to '{}': {}", binding, events.size(),
				queue, failed.getHeaders().get(RStreamsHeaders.EID), dlq, cause.toString());
	}

	private Event deadLetter(Object payload, Map<String, Object> headers, Throwable cause) {
		String eid = (String) headers.get(RStreamsHeaders.EID);
		String firstEid = (String) headers.getOrDefault(RStreamsHeaders.FIRST_EID, eid);
		Long units = number(headers.get(RStreamsHeaders.UNITS));
		Long est = number(headers.get(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP));
		String undecodable = headers.get(RStreamsHeaders.UNDECODABLE) instanceof String reason ? reason : null;
		// stored bytes stay bytes even when they happen to parse as JSON: they are
		// evidence, not an event
		byte[] raw = undecodable == null ? null : payload instanceof byte[] bytes ? bytes : new byte[0];
		JsonNode json = raw != null ? rawPayload(raw) : json(payload);
		ObjectNode errorNode = Json.mapper().createObjectNode();
		errorNode.put("message", String.valueOf(cause.getMessage()));
		errorNode.put("exception", cause.getClass().getName());
		errorNode.put("stack_trace", stackTrace(cause));
		errorNode.put("queue", queue);
		errorNode.put("eid", eid);
		if (firstEid != null && !firstEid.equals(eid)) {
			errorNode.put("first_eid", firstEid);
		}
		errorNode.put("bot", botId);
		errorNode.put("binding", binding);
		errorNode.put("failed_at", clock.millis());
		ObjectNode original = Json.mapper().createObjectNode();
		if (raw != null) {
			original.put("first_eid", firstEid);
			original.put("last_eid", eid);
			original.put("units", units == null ? 1L : units);
			original.put("reason", undecodable);
			original.put("bytes", raw.length);
		}
		else {
			if (headers.get(RStreamsHeaders.ID) instanceof String id) {
				original.put("id", id);
			}
			if (number(headers.get(RStreamsHeaders.TIMESTAMP)) != null) {
				original.put("timestamp", number(headers.get(RStreamsHeaders.TIMESTAMP)));
			}
			Object correlation = headers.get(RStreamsHeaders.CORRELATION_ID);
			if (correlation != null) {
				original.set("correlation_id", EventCodec.toJson(OutputEnvelope.correlation(correlation)));
			}
			if (units != null) {
				original.put("units", units);
			}
		}
		Event.Builder b = Event.builder()
			.id(botId)
			.event(dlq)
			.payload(json)
			.eventSourceTimestamp(est == null ? clock.millis() : est)
			.timestamp(clock.millis())
			.extra("rstreams_error", errorNode)
			.extra("rstreams_original", original);
		if (firstEid != null) {
			b.correlationId(new Correlation(queue, firstEid, firstEid.equals(eid) ? null : eid,
					units == null ? 1L : units, false, false));
		}
		return b.build();
	}

	private static JsonNode json(Object payload) {
		if (payload instanceof byte[] bytes) {
			try {
				JsonNode node = Json.mapper().readTree(bytes);
				if (node != null && !node.isMissingNode() && Event.builder().payload(node).build().hasTruthyPayload()) {
					return node;
				}
			}
			catch (JacksonException notJson) {
				// kept as raw bytes below
			}
			return rawPayload(bytes);
		}
		if (payload instanceof Event event) {
			return event.payload();
		}
		return Json.mapper().valueToTree(payload);
	}

	private static ObjectNode rawPayload(byte[] bytes) {
		ObjectNode raw = Json.mapper().createObjectNode();
		raw.put("raw", Base64.getEncoder().encodeToString(bytes));
		raw.put("encoding", "base64");
		return raw;
	}

	private static Long number(Object value) {
		return value instanceof Number n ? n.longValue() : null;
	}

	private static String stackTrace(Throwable t) {
		StringWriter out = new StringWriter();
		t.printStackTrace(new PrintWriter(out));
		String s = out.toString();
		return s.length() > MAX_STACK ? s.substring(0, MAX_STACK) + "\n..." : s;
	}

}
