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
package io.rstreams.binder;

/**
 * Message headers that carry the RStreams envelope.
 *
 * <p>
 * Inbound, every message has the received event's fields. Outbound, the same headers set
 * the written event's fields; values that merely repeat the input's (Spring Cloud
 * Function copies input headers to outputs) are not taken as overrides, so
 * {@link #CORRELATION_ID} on a returned {@code Message} replaces the derived correlation
 * only when it differs from the input's own.
 */
public final class RStreamsHeaders {

	public static final String PREFIX = "rstreams_";

	/** The event's eid (String). Inbound only. */
	public static final String EID = PREFIX + "eid";

	/**
	 * The queue the event was read from (String). Inbound only; outbound the binding's
	 * destination is used.
	 */
	public static final String QUEUE = PREFIX + "queue";

	/**
	 * The event's {@code id}: the bot that produced it (String). Outbound: the id to
	 * write.
	 */
	public static final String ID = PREFIX + "id";

	/**
	 * The bot reading the queue (the binding's group or bot-id) (String). Inbound only.
	 */
	public static final String BOT_ID = PREFIX + "botId";

	/** {@code event_source_timestamp}, epoch ms (Long). */
	public static final String EVENT_SOURCE_TIMESTAMP = PREFIX + "eventSourceTimestamp";

	/** {@code timestamp}, epoch ms (Long). */
	public static final String TIMESTAMP = PREFIX + "timestamp";

	/**
	 * {@code correlation_id} ({@link io.rstreams.client.Correlation}; outbound also a
	 * JSON String or Map).
	 */
	public static final String CORRELATION_ID = PREFIX + "correlationId";

	/** {@code units} (Long), absent when the event has none. */
	public static final String UNITS = PREFIX + "units";

	/**
	 * On the error-channel message that stands for stored data that could not be decoded
	 * (payload: its raw bytes, {@link #EID}: its last eid, {@link #UNITS}: the number of
	 * events it covers): its first eid (String).
	 */
	public static final String FIRST_EID = PREFIX + "firstEid";

	/**
	 * On that same message: why the data could not be decoded, as the simple name of the
	 * reader's exception ({@code CorruptBlockException},
	 * {@code UndecodableEventException}, {@code MissingEventsFileException}).
	 */
	public static final String UNDECODABLE = PREFIX + "undecodable";

	/**
	 * The {@link RStreamsCheckpointer} of a message (manual checkpoint mode, and every
	 * mode for inspection).
	 */
	public static final String CHECKPOINTER = PREFIX + "checkpointer";

	/**
	 * The envelope's other top-level fields ({@code Map<String, Object>}), e.g.
	 * {@code rstreams_error} of a dead-lettered event. Outbound, its entries are written
	 * as top-level fields.
	 */
	public static final String EXTRA = PREFIX + "extra";

	/**
	 * W3C trace context: carried in the envelope as top-level
	 * {@code traceparent}/{@code tracestate} fields, so a trace follows an event from bot
	 * to bot (a Node bot in between keeps it if it copies the field).
	 */
	public static final String TRACEPARENT = "traceparent";

	/** W3C trace state, with {@link #TRACEPARENT}. */
	public static final String TRACESTATE = "tracestate";

	/**
	 * The whole received {@link io.rstreams.client.Event} (only with
	 * {@code useNativeDecoding}).
	 */
	public static final String RAW_EVENT = PREFIX + "rawEvent";

	private RStreamsHeaders() {
	}

}
