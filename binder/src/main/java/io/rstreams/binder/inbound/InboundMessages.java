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
package io.rstreams.binder.inbound;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.binder.RStreamsCheckpointer;
import io.rstreams.binder.RStreamsHeaders;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.read.BlockReadException;
import io.rstreams.client.read.ReadEntry;
import org.springframework.cloud.stream.function.StandardBatchUtils;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.integration.acks.AcknowledgmentCallback;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Builds the messages a consumer binding delivers: the event's {@code payload} as JSON
 * bytes (so Spring's converters turn it into the function's type) and the rest of the
 * envelope as {@link RStreamsHeaders}.
 */
final class InboundMessages {

	private final String queue;

	private final String botId;

	private final boolean nativeDecoding;

	InboundMessages(String queue, String botId, boolean nativeDecoding) {
		this.queue = queue;
		this.botId = botId;
		this.nativeDecoding = nativeDecoding;
	}

	Message<?> single(ReadEntry.Ok entry, RStreamsCheckpointer checkpointer, AcknowledgmentCallback ack) {
		Event envelope = entry.envelope();
		Map<String, Object> h = headers(envelope);
		h.put(RStreamsHeaders.CHECKPOINTER, checkpointer);
		if (ack != null) {
			h.put(IntegrationMessageHeaderAccessor.ACKNOWLEDGMENT_CALLBACK, ack);
		}
		Object payload;
		if (nativeDecoding) {
			payload = entry.event();
			h.put(RStreamsHeaders.RAW_EVENT, payload);
		}
		else {
			payload = json(entry);
			h.put(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE);
		}
		return MessageBuilder.createMessage(payload, new MessageHeaders(h));
	}

	Message<List<Object>> batch(List<ReadEntry.Ok> entries, RStreamsCheckpointer checkpointer,
			AcknowledgmentCallback ack) {
		StandardBatchUtils.BatchMessageBuilder b = new StandardBatchUtils.BatchMessageBuilder();
		for (ReadEntry.Ok e : entries) {
			Object payload = nativeDecoding ? e.event() : json(e);
			b.addMessage(payload, headers(e.envelope()));
		}
		b.addRootHeader(RStreamsHeaders.QUEUE, queue);
		if (botId != null) {
			b.addRootHeader(RStreamsHeaders.BOT_ID, botId);
		}
		b.addRootHeader(RStreamsHeaders.CHECKPOINTER, checkpointer);
		if (ack != null) {
			b.addRootHeader(IntegrationMessageHeaderAccessor.ACKNOWLEDGMENT_CALLBACK, ack);
		}
		if (!nativeDecoding) {
			b.addRootHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE);
		}
		return b.build();
	}

	/**
	 * The payload's JSON: the stored bytes when the reader kept them (no tree built, no
	 * second serialisation), else the decoded tree written out.
	 */
	private static byte[] json(ReadEntry.Ok entry) {
		byte[] stored = entry.payloadJson();
		return stored != null ? stored : Json.mapper().writeValueAsBytes(entry.event().payload());
	}

	/**
	 * The message that stands for data that could not be decoded: its raw bytes, where it
	 * was, how many events it covers and why it failed.
	 */
	Message<byte[]> undecodable(BlockReadException error) {
		byte[] raw = error.raw() == null ? new byte[0] : error.raw();
		MessageBuilder<byte[]> b = MessageBuilder.withPayload(raw)
			.setHeader(RStreamsHeaders.EID, error.lastEid())
			.setHeader(RStreamsHeaders.QUEUE, queue)
			.setHeader(RStreamsHeaders.FIRST_EID, error.firstEid())
			.setHeader(RStreamsHeaders.UNITS, error.units())
			.setHeader(RStreamsHeaders.UNDECODABLE, error.getClass().getSimpleName());
		if (botId != null) {
			b.setHeader(RStreamsHeaders.BOT_ID, botId);
		}
		return b.build();
	}

	Map<String, Object> headers(Event e) {
		Map<String, Object> h = new HashMap<>();
		h.put(RStreamsHeaders.EID, e.eid());
		h.put(RStreamsHeaders.QUEUE, queue);
		if (e.id() != null) {
			h.put(RStreamsHeaders.ID, e.id());
		}
		if (botId != null) {
			h.put(RStreamsHeaders.BOT_ID, botId);
		}
		if (e.eventSourceTimestamp() != null) {
			h.put(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP, e.eventSourceTimestamp());
		}
		if (e.timestamp() != null) {
			h.put(RStreamsHeaders.TIMESTAMP, e.timestamp());
		}
		if (e.correlationId() != null) {
			h.put(RStreamsHeaders.CORRELATION_ID, e.correlationId());
		}
		if (e.units() != null) {
			h.put(RStreamsHeaders.UNITS, e.units());
		}
		if (!e.extra().isEmpty()) {
			Map<String, Object> extra = new LinkedHashMap<>();
			e.extra().forEach((k, v) -> {
				if (RStreamsHeaders.TRACEPARENT.equals(k) || RStreamsHeaders.TRACESTATE.equals(k)) {
					if (v.isString()) {
						h.put(k, v.asString());
					}
				}
				else {
					extra.put(k, Json.mapper().convertValue(v, Object.class));
				}
			});
			if (!extra.isEmpty()) {
				h.put(RStreamsHeaders.EXTRA, extra);
			}
		}
		return h;
	}

}
