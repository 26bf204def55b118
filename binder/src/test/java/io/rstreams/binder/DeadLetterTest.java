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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.EventId;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.bus.StreamBlock;
import io.rstreams.client.codec.Gzip;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retry, then the dead-letter queue: the failed event is written there complete, and the
 * bot moves on.
 */
@SpringBootTest(classes = DeadLetterTest.App.class,
		properties = { "spring.cloud.function.definition=picky",
				"spring.cloud.stream.bindings.picky-in-0.destination=dlq-in",
				"spring.cloud.stream.bindings.picky-in-0.group=dlq-bot",
				"spring.cloud.stream.bindings.picky-in-0.consumer.max-attempts=3",
				"spring.cloud.stream.bindings.picky-in-0.consumer.back-off-initial-interval=10",
				"spring.cloud.stream.rstreams.bindings.picky-in-0.consumer.enable-dlq=true",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms" })
class DeadLetterTest {

	record Parcel(int n) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		final List<Integer> attempts = new CopyOnWriteArrayList<>();

		@Bean
		Consumer<Parcel> picky() {
			return parcel -> {
				attempts.add(parcel.n());
				if (parcel.n() == 2) {
					throw new IllegalStateException("boom on parcel 2");
				}
			};
		}

	}

	@Autowired
	App app;

	@Autowired
	LocalBus bus;

	@Test
	void aFailingEventIsRetriedThenDeadLetteredAndTheBotMovesOn() {
		LocalBusSupport.write(bus, "dlq-in", "parcel-source", List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}"),
				1_650_000_000_000L);
		List<Event> inputs = LocalBusSupport.readAll(bus, "dlq-in");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> LocalBusSupport.readAll(bus, "error.dlq-in.dlq-bot").size() == 1);
		assertThat(app.attempts.stream().filter(n -> n == 2).count()).isEqualTo(3);

		Event dead = LocalBusSupport.readAll(bus, "error.dlq-in.dlq-bot").get(0);
		assertThat(dead.payload().get("n").asInt()).isEqualTo(2);
		assertThat(dead.id()).isEqualTo("dlq-bot");
		assertThat(dead.eventSourceTimestamp()).isEqualTo(1_650_000_000_000L);
		assertThat(dead.correlationId())
			.isEqualTo(new Correlation("dlq-in", inputs.get(1).eid(), null, 1L, false, false));
		JsonNode error = dead.extra().get("rstreams_error");
		assertThat(error.get("message").asString()).contains("boom on parcel 2");
		assertThat(error.get("exception").asString()).isNotBlank();
		assertThat(error.get("stack_trace").asString()).contains("IllegalStateException").contains("DeadLetterTest");
		assertThat(error.get("queue").asString()).isEqualTo("dlq-in");
		assertThat(error.get("eid").asString()).isEqualTo(inputs.get(1).eid());
		assertThat(error.get("bot").asString()).isEqualTo("dlq-bot");
		assertThat(error.get("binding").asString()).isEqualTo("picky-in-0");
		assertThat(dead.extra().get("rstreams_original").get("id").asString()).isEqualTo("parcel-source");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> inputs.get(2).eid().equals(LocalBusSupport.checkpoint(bus, "dlq-bot", "dlq-in")));
		assertThat(app.attempts).containsSubsequence(1, 2, 2, 2, 3);
	}

	@Test
	void storedDataThatCannotBeDecodedIsDeadLetteredWithItsRawBytes() {
		// a block as a broken producer or bus could leave it: one line is not JSON
		long ms = System.currentTimeMillis();
		String base = EventId.minutePrefix(ms) + ms;
		byte[] text = "{\"id\":\"p\",\"payload\":{\"n\":10},\"eid\":0}\nthis is not json\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] gzip = Gzip.compress(text);
		StreamBlock block = new StreamBlock("dlq-in", base + "-0000000", base + "-0000001", 2, gzip, gzip.length,
				text.length, null, 2, null, null, null, null, false, null);
		AwsCalls.await(bus.dynamo().putItem(b -> b.tableName(bus.config().leoStream()).item(block.toItem())),
				Duration.ofSeconds(10), () -> "put block");
		AwsCalls.await(
				bus.dynamo()
					.updateItem(b -> b.tableName(bus.config().leoEvent())
						.key(Map.of("event", AttributeValue.fromS("dlq-in")))
						.updateExpression("set #m = :m")
						.expressionAttributeNames(Map.of("#m", "max_eid"))
						.expressionAttributeValues(Map.of(":m", AttributeValue.fromS(base + "-0000001")))),
				Duration.ofSeconds(10), () -> "max eid");
		Event dead = awaitDeadLetter(base + "-0000001");
		assertThat(new String(Base64.getDecoder().decode(dead.payload().get("raw").asString()), StandardCharsets.UTF_8))
			.isEqualTo("this is not json");
		assertThat(dead.payload().get("encoding").asString()).isEqualTo("base64");
		assertThat(dead.extra().get("rstreams_error").get("eid").asString()).isEqualTo(base + "-0000001");
		assertThat(dead.extra().get("rstreams_error").get("exception").asString())
			.endsWith("UndecodableEventException");
		assertThat(app.attempts).contains(10);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> (base + "-0000001").equals(LocalBusSupport.checkpoint(bus, "dlq-bot", "dlq-in")));
	}

	@Test
	void aCorruptBlockIsDeadLetteredOnceCoveringAllItsEventsWithItsBytes() {
		long ms = System.currentTimeMillis();
		String base = EventId.minutePrefix(ms) + ms;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			text.append("{\"id\":\"p\",\"payload\":{\"n\":")
				.append(20 + i)
				.append("},\"eid\":")
				.append(i)
				.append("}\n");
		}
		byte[] gzip = Gzip.compress(text.toString().getBytes(StandardCharsets.UTF_8));
		gzip[12] ^= 0x5a;
		gzip[gzip.length - 5] ^= 0x5a;
		StreamBlock block = new StreamBlock("dlq-in", base + "-0000000", base + "-0000003", 4, gzip, gzip.length,
				text.length(), null, 2, null, null, null, null, false, null);
		AwsCalls.await(bus.dynamo().putItem(b -> b.tableName(bus.config().leoStream()).item(block.toItem())),
				Duration.ofSeconds(10), () -> "put block");
		AwsCalls.await(
				bus.dynamo()
					.updateItem(b -> b.tableName(bus.config().leoEvent())
						.key(Map.of("event", AttributeValue.fromS("dlq-in")))
						.updateExpression("set #m = :m")
						.expressionAttributeNames(Map.of("#m", "max_eid"))
						.expressionAttributeValues(Map.of(":m", AttributeValue.fromS(base + "-0000003")))),
				Duration.ofSeconds(10), () -> "max eid");
		Event dead = awaitDeadLetter(base + "-0000003");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> (base + "-0000003").equals(LocalBusSupport.checkpoint(bus, "dlq-bot", "dlq-in")));

		assertThat(LocalBusSupport.readAll(bus, "error.dlq-in.dlq-bot")
			.stream()
			.filter(e -> e.correlationId() != null && (base + "-0000000").equals(e.correlationId().start())))
			.as("one dead letter for the whole block")
			.hasSize(1);
		assertThat(Base64.getDecoder().decode(dead.payload().get("raw").asString())).isEqualTo(gzip);
		assertThat(dead.payload().get("encoding").asString()).isEqualTo("base64");
		assertThat(dead.correlationId())
			.extracting(Correlation::source, Correlation::start, Correlation::end, Correlation::units)
			.containsExactly("dlq-in", base + "-0000000", base + "-0000003", 4L);
		JsonNode original = dead.extra().get("rstreams_original");
		assertThat(original.get("first_eid").asString()).isEqualTo(base + "-0000000");
		assertThat(original.get("last_eid").asString()).isEqualTo(base + "-0000003");
		assertThat(original.get("units").asLong()).isEqualTo(4);
		assertThat(original.get("reason").asString()).isEqualTo("CorruptBlockException");
		assertThat(original.get("bytes").asLong()).isEqualTo(gzip.length);
		assertThat(dead.extra().get("rstreams_error").get("first_eid").asString()).isEqualTo(base + "-0000000");
		assertThat(app.attempts).doesNotContain(20, 21, 22, 23);
	}

	/** The dead letter of the stored data whose last eid is {@code eid}. */
	private Event awaitDeadLetter(String eid) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> LocalBusSupport.readAll(bus, "error.dlq-in.dlq-bot")
				.stream()
				.anyMatch(e -> e.payload().has("raw")
						&& eid.equals(e.extra().get("rstreams_error").get("eid").asString())));
		return LocalBusSupport.readAll(bus, "error.dlq-in.dlq-bot")
			.stream()
			.filter(e -> e.payload().has("raw") && eid.equals(e.extra().get("rstreams_error").get("eid").asString()))
			.findFirst()
			.orElseThrow();
	}

}
