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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.rstreams.binder.inbound.FailedDeliveries;
import io.rstreams.client.BusConfig;
import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.EventId;
import io.rstreams.client.Json;
import io.rstreams.client.read.CorruptBlockException;
import io.rstreams.client.read.UndecodableEventException;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.client.write.WriterSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.MessagingException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the dead-letter queue gets for the ErrorMessages a consumer binding sends its
 * error channel.
 */
class DeadLetterHandlerTest {

	private static final BusConfig BUS = new BusConfig("us-east-1", "s", "c", "e", "st", "sy", "bucket", "kstream",
			"fstream");

	private static final long FAILED_AT = 1_760_000_000_000L;

	private static final String QUEUE = "orders";

	private static final String BOT = "dlq-bot";

	private static final String DLQ = "error.orders.dlq-bot";

	private static final String BINDING = "picky-in-0";

	private final Clock clock = Clock.fixed(Instant.ofEpochMilli(FAILED_AT), ZoneOffset.UTC);

	private final RecordingKinesis kinesis = new RecordingKinesis();

	private final QueueWriter writer = QueueWriter.builder()
		.bus(BUS)
		.kinesis(kinesis)
		.clock(clock)
		.botId(BOT)
		.settings(WriterSettings.builder()
			.linger(Duration.ofMillis(1))
			.retries(2, Duration.ofMillis(1), Duration.ofMillis(1))
			.callTimeout(Duration.ofSeconds(5))
			.build())
		.build();

	private final DeadLetterHandler handler = new DeadLetterHandler(writer, DLQ, QUEUE, BOT, BINDING, clock);

	@AfterEach
	void close() {
		writer.close();
	}

	static String eid(int n) {
		return EventId.of(1_650_000_000_000L, n).toString();
	}

	static Event event(int n, Long units) {
		ObjectNode payload = Json.mapper().createObjectNode().put("n", n).put("name", "parcel " + n);
		return Event.builder()
			.id("producer")
			.event(QUEUE)
			.eid(eid(n))
			.payload(payload)
			.eventSourceTimestamp(1_600_000_000_000L + n)
			.timestamp(1_650_000_000_000L + n)
			.correlationId(
					new Correlation("upstream", "z/2022/01/01/00/00/1641000000000-000000" + n, null, 1L, false, false))
			.units(units)
			.build();
	}

	static JsonNode json(String text) {
		return Json.mapper().readTree(text);
	}

	static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	@Test
	void aFailedEventIsDeadLetteredWithItsPayloadTheErrorAndWhereItCameFrom() {
		Event failed = event(2, null);
		IllegalStateException boom = new IllegalStateException("boom on parcel 2");
		FailedDeliveries.deliver(QUEUE, BOT, false, List.of(failed), boom, handler);

		List<JsonNode> dead = kinesis.events();
		assertThat(dead).hasSize(1);
		JsonNode d = dead.get(0);
		assertThat(d.get("event").asString()).isEqualTo(DLQ);
		assertThat(d.get("id").asString()).isEqualTo(BOT);
		assertThat(d.get("payload")).isEqualTo(failed.payload());
		assertThat(d.get("event_source_timestamp").asLong()).isEqualTo(failed.eventSourceTimestamp());
		assertThat(d.get("timestamp").asLong()).isEqualTo(FAILED_AT);
		assertThat(d.get("correlation_id"))
			.isEqualTo(json("{\"source\":\"orders\",\"start\":\"" + eid(2) + "\",\"units\":1}"));

		JsonNode error = d.get("rstreams_error");
		assertThat(names(error)).containsExactly("message", "exception", "stack_trace", "queue", "eid", "bot",
				"binding", "failed_at");
		assertThat(error.get("message").asString()).isEqualTo(boom.getMessage());
		assertThat(error.get("exception").asString()).isEqualTo(IllegalStateException.class.getName());
		assertThat(error.get("stack_trace").asString()).startsWith(boom.toString())
			.contains("aFailedEventIsDeadLetteredWithItsPayloadTheErrorAndWhereItCameFrom");
		assertThat(error.get("queue").asString()).isEqualTo(QUEUE);
		assertThat(error.get("eid").asString()).isEqualTo(failed.eid());
		assertThat(error.get("bot").asString()).isEqualTo(BOT);
		assertThat(error.get("binding").asString()).isEqualTo(BINDING);
		assertThat(error.get("failed_at").asLong()).isEqualTo(FAILED_AT);

		assertThat(d.get("rstreams_original")).isEqualTo(json("{\"id\":\"producer\",\"timestamp\":" + failed.timestamp()
				+ ",\"correlation_id\":{\"source\":\"upstream\",\"start\":\"" + failed.correlationId().start()
				+ "\",\"units\":1}}"));
	}

	@Test
	void theUnitsOfTheFailedEventAreKept() {
		Event failed = event(4, 7L);
		FailedDeliveries.deliver(QUEUE, BOT, false, List.of(failed), new IllegalArgumentException("no"), handler);

		JsonNode d = kinesis.events().get(0);
		assertThat(d.get("correlation_id").get("units").asLong()).isEqualTo(7);
		assertThat(d.get("rstreams_original").get("units").asLong()).isEqualTo(7);
	}

	@Test
	void aLongStackTraceIsCut() {
		IllegalStateException huge = new IllegalStateException("x".repeat(40_000));
		FailedDeliveries.deliver(QUEUE, BOT, false, List.of(event(1, null)), huge, handler);

		String trace = kinesis.events().get(0).get("rstreams_error").get("stack_trace").asString();
		assertThat(trace).hasSize(16 * 1024 + "\n...".length())
			.endsWith("\n...")
			.startsWith(IllegalStateException.class.getName() + ": xxx");
		assertThat(kinesis.events().get(0).get("rstreams_error").get("message").asString()).hasSize(40_000);
	}

	@Test
	void aFailedBatchIsDeadLetteredEventByEvent() {
		List<Event> batch = List.of(event(1, null), event(2, 3L), event(3, null));
		FailedDeliveries.deliver(QUEUE, BOT, true, batch, new IllegalStateException("batch failed"), handler);

		List<JsonNode> dead = kinesis.events();
		assertThat(dead).hasSize(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			Event in = batch.get(i);
			JsonNode d = dead.get(i);
			assertThat(d.get("payload")).isEqualTo(in.payload());
			assertThat(d.get("event_source_timestamp").asLong()).isEqualTo(in.eventSourceTimestamp());
			assertThat(d.get("correlation_id")).isEqualTo(
					json("{\"source\":\"orders\",\"start\":\"" + in.eid() + "\",\"units\":" + in.unitsOrOne() + "}"));
			assertThat(d.get("rstreams_error").get("eid").asString()).isEqualTo(in.eid());
			assertThat(d.get("rstreams_error").get("message").asString()).isEqualTo("batch failed");
			assertThat(d.get("rstreams_error").has("first_eid")).isFalse();
			assertThat(d.get("rstreams_original").get("timestamp").asLong()).isEqualTo(in.timestamp());
		}
	}

	@Test
	void aCorruptBlockIsOneDeadLetteredEventWithAllItsBytes() {
		byte[] raw = { 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0 };
		// the eids say 5 events although the stored count says otherwise: the eid range
		// wins
		CorruptBlockException corrupt = new CorruptBlockException(QUEUE, eid(10), eid(14), 99, raw,
				new IOException("Corrupt GZIP trailer"));
		FailedDeliveries.undecodable(QUEUE, BOT, corrupt, handler);

		List<JsonNode> dead = kinesis.events();
		assertThat(dead).hasSize(1);
		JsonNode d = dead.get(0);
		assertThat(d.get("payload"))
			.isEqualTo(json("{\"raw\":\"" + Base64.getEncoder().encodeToString(raw) + "\",\"encoding\":\"base64\"}"));
		assertThat(d.get("event_source_timestamp").asLong()).isEqualTo(FAILED_AT);
		assertThat(d.get("correlation_id")).isEqualTo(
				json("{\"source\":\"orders\",\"start\":\"" + eid(10) + "\",\"end\":\"" + eid(14) + "\",\"units\":5}"));
		JsonNode error = d.get("rstreams_error");
		assertThat(error.get("eid").asString()).isEqualTo(eid(14));
		assertThat(error.get("first_eid").asString()).isEqualTo(eid(10));
		assertThat(error.get("message").asString()).isEqualTo(corrupt.getMessage());
		assertThat(error.get("exception").asString()).isEqualTo(CorruptBlockException.class.getName());
		assertThat(d.get("rstreams_original")).isEqualTo(json("{\"first_eid\":\"" + eid(10) + "\",\"last_eid\":\""
				+ eid(14) + "\",\"units\":5,\"reason\":\"CorruptBlockException\",\"bytes\":" + raw.length + "}"));
	}

	@Test
	void anUndecodableLineStaysBytesEvenWhenItParsesAsJson() {
		byte[] line = "[\"not\",\"an\",\"event\"]".getBytes(StandardCharsets.UTF_8);
		UndecodableEventException undecodable = new UndecodableEventException(QUEUE, eid(6), line,
				new IllegalArgumentException("not an object"));
		FailedDeliveries.undecodable(QUEUE, BOT, undecodable, handler);

		JsonNode d = kinesis.events().get(0);
		assertThat(d.get("payload").get("raw").asString()).isEqualTo(Base64.getEncoder().encodeToString(line));
		assertThat(d.get("correlation_id"))
			.isEqualTo(json("{\"source\":\"orders\",\"start\":\"" + eid(6) + "\",\"units\":1}"));
		assertThat(d.get("rstreams_error").has("first_eid")).isFalse();
		assertThat(d.get("rstreams_original").get("reason").asString()).isEqualTo("UndecodableEventException");
		assertThat(d.get("rstreams_original").get("bytes").asInt()).isEqualTo(line.length);
	}

	@Test
	void aWriteTheBusRefusesFailsTheHandlerSoTheBindingKeepsTheEvent() {
		List<Message<?>> errors = new ArrayList<>();
		FailedDeliveries.deliver(QUEUE, BOT, false, List.of(event(2, null)), new IllegalStateException("boom"),
				errors::add);
		assertThat(errors).hasSize(1);

		kinesis.refuse = true;
		assertThatThrownBy(() -> handler.handleMessage(errors.get(0))).isInstanceOf(MessageHandlingException.class)
			.hasMessageContaining(DLQ);
		assertThat(kinesis.records).isNotEmpty();
		// and through the error channel the failure reaches the reader, which does not
		// move past the event
		assertThatThrownBy(() -> FailedDeliveries.deliver(QUEUE, BOT, false, List.of(event(3, null)),
				new IllegalStateException("boom"), handler))
			.isInstanceOf(MessagingException.class);
		assertThat(writer.eventsAccepted()).isZero();
	}

}
