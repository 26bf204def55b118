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

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The function shapes users write: 1 -> N lists, reactive functions, and Message results
 * that override the envelope.
 */
@SpringBootTest(classes = FunctionShapesTest.App.class,
		properties = { "spring.cloud.function.definition=splitter;reactive;overrider",
				"spring.cloud.stream.bindings.splitter-in-0.destination=baskets",
				"spring.cloud.stream.bindings.splitter-in-0.group=splitter-bot",
				"spring.cloud.stream.bindings.splitter-out-0.destination=items",
				"spring.cloud.stream.bindings.reactive-in-0.destination=words",
				"spring.cloud.stream.bindings.reactive-in-0.group=reactive-bot",
				"spring.cloud.stream.bindings.reactive-out-0.destination=shouts",
				"spring.cloud.stream.bindings.overrider-in-0.destination=raw",
				"spring.cloud.stream.bindings.overrider-in-0.group=overrider-bot",
				"spring.cloud.stream.bindings.overrider-out-0.destination=cooked",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms" })
class FunctionShapesTest {

	record Basket(String id, List<String> items) {
	}

	record Item(String basket, String name) {
	}

	record Word(String text) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		@Bean
		Function<Basket, List<Item>> splitter() {
			return basket -> basket.items().stream().map(name -> new Item(basket.id(), name)).toList();
		}

		@Bean
		Function<Flux<Word>, Flux<Word>> reactive() {
			return words -> words.map(w -> new Word(w.text().toUpperCase()));
		}

		@Bean
		Function<Message<Word>, Message<Word>> overrider() {
			return in -> MessageBuilder.withPayload(new Word(in.getPayload().text() + "!"))
				.setHeader(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP, 42L)
				.setHeader(RStreamsHeaders.CORRELATION_ID,
						"{\"source\":\"elsewhere\",\"start\":\"z/2020/01/01/00/00/1577836800000-0000000\",\"units\":3}")
				.build();
		}

	}

	@Autowired
	LocalBus bus;

	@Test
	void aReturnedListBecomesOneEventPerElementWithTheSameCorrelation() {
		LocalBusSupport.write(bus, "baskets", "shop",
				List.of("{\"id\":\"b1\",\"items\":[\"apple\",\"pear\",\"plum\"]}"));
		Event basket = LocalBusSupport.readAll(bus, "baskets").get(0);
		await().atMost(Duration.ofSeconds(20)).until(() -> LocalBusSupport.readAll(bus, "items").size() == 3);
		List<Event> items = LocalBusSupport.readAll(bus, "items");
		assertThat(items).extracting(e -> e.payload().get("name").asString()).containsExactly("apple", "pear", "plum");
		assertThat(items).extracting(Event::correlationId).containsOnly(Correlation.of(basket));
		assertThat(items).extracting(Event::id).containsOnly("splitter-bot");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> basket.eid().equals(LocalBusSupport.checkpoint(bus, "splitter-bot", "baskets")));
	}

	@Test
	void aReactiveFunctionWritesItsOutputsWithTheirCorrelation() {
		LocalBusSupport.write(bus, "words", "typist", List.of("{\"text\":\"hello\"}", "{\"text\":\"world\"}"),
				1_600_000_000_000L);
		List<Event> words = LocalBusSupport.readAll(bus, "words");
		await().atMost(Duration.ofSeconds(20)).until(() -> LocalBusSupport.readAll(bus, "shouts").size() == 2);
		List<Event> shouts = LocalBusSupport.readAll(bus, "shouts");
		assertThat(shouts).extracting(e -> e.payload().get("text").asString()).containsExactly("HELLO", "WORLD");
		assertThat(shouts.get(0).correlationId()).isEqualTo(Correlation.of(words.get(0)));
		assertThat(shouts.get(1).correlationId()).isEqualTo(Correlation.of(words.get(1)));
		assertThat(shouts.get(1).eventSourceTimestamp()).isEqualTo(1_600_000_000_000L);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> words.get(1).eid().equals(LocalBusSupport.checkpoint(bus, "reactive-bot", "words")));
	}

	@Test
	void headersOfAReturnedMessageOverrideTheEnvelope() {
		LocalBusSupport.write(bus, "raw", "cook", List.of("{\"text\":\"egg\"}"), 1_600_000_000_000L);
		await().atMost(Duration.ofSeconds(20)).until(() -> LocalBusSupport.readAll(bus, "cooked").size() == 1);
		Event cooked = LocalBusSupport.readAll(bus, "cooked").get(0);
		assertThat(cooked.payload().get("text").asString()).isEqualTo("egg!");
		assertThat(cooked.eventSourceTimestamp()).isEqualTo(42L);
		assertThat(cooked.correlationId()).isEqualTo(
				new Correlation("elsewhere", "z/2020/01/01/00/00/1577836800000-0000000", null, 3L, false, false));
		assertThat(cooked.id()).isEqualTo("overrider-bot");
	}

}
