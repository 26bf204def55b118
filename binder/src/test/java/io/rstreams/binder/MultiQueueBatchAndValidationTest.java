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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A batch binding of two queues gets batches of one queue at a time (a batch's
 * correlation has one source); a destination list with an empty or repeated queue fails
 * start-up naming it.
 */
class MultiQueueBatchAndValidationTest {

	static LocalBus bus;

	static final List<List<Tagged>> batches = new CopyOnWriteArrayList<>();

	final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	record Tagged(String q, int n) {
	}

	record Summary(Set<String> qs, int count) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			return LocalBusSupport.connection(bus);
		}

		@Bean
		Function<List<Tagged>, Summary> summarise() {
			return list -> {
				batches.add(List.copyOf(list));
				return new Summary(list.stream().map(Tagged::q).collect(Collectors.toSet()), list.size());
			};
		}

	}

	@BeforeAll
	static void startBus() {
		bus = LocalBus.start();
	}

	@AfterAll
	static void stopBus() {
		bus.close();
	}

	@AfterEach
	void stopApps() {
		apps.forEach(ConfigurableApplicationContext::close);
		batches.clear();
	}

	ConfigurableApplicationContext start(String destination, String... properties) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(App.class)
			.properties("spring.main.banner-mode=off", "spring.cloud.function.definition=summarise",
					"spring.cloud.stream.bindings.summarise-in-0.destination=" + destination,
					"spring.cloud.stream.bindings.summarise-in-0.group=summary-bot",
					"spring.cloud.stream.bindings.summarise-in-0.consumer.batch-mode=true",
					"spring.cloud.stream.bindings.summarise-out-0.destination=summaries",
					"spring.cloud.stream.rstreams.default.consumer.start=beginning",
					"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
					"spring.cloud.stream.rstreams.default.consumer.batch-size=4")
			.properties(properties)
			.run();
		apps.add(app);
		return app;
	}

	static void write(String queue, String q, int count) {
		try (QueueWriter writer = bus.writer("source")) {
			for (int i = 0; i < count; i++) {
				writer.write(Event.builder()
					.event(queue)
					.payload(Json.mapper().createObjectNode().put("q", q).put("n", i))
					.build());
			}
			writer.flush().join();
		}
	}

	@Test
	void eachBatchIsOfOneQueueAndItsCorrelationNamesIt() {
		write("batch-x", "x", 10);
		write("batch-y", "y", 7);
		start("batch-x,batch-y");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> batches.stream().mapToInt(List::size).sum() == 17
					&& LocalBusSupport.readAll(bus, "summaries").size() == batches.size());
		assertThat(batches).allSatisfy(batch -> assertThat(batch).extracting(Tagged::q).containsOnly(batch.get(0).q()));
		assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(4));
		List<Event> x = LocalBusSupport.readAll(bus, "batch-x");
		List<Event> y = LocalBusSupport.readAll(bus, "batch-y");
		for (Event summary : LocalBusSupport.readAll(bus, "summaries")) {
			String q = summary.payload().get("qs").get(0).asString();
			assertThat(summary.payload().get("qs").size()).isEqualTo(1);
			List<Event> inputs = q.equals("x") ? x : y;
			assertThat(summary.correlationId().source()).isEqualTo("batch-" + q);
			assertThat(inputs).extracting(Event::eid).contains(summary.correlationId().start());
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> x.get(9).eid().equals(LocalBusSupport.checkpoint(bus, "summary-bot", "batch-x"))
					&& y.get(6).eid().equals(LocalBusSupport.checkpoint(bus, "summary-bot", "batch-y")));
	}

	@Test
	void anEmptyOrRepeatedQueueFailsStartUpNamingIt() {
		assertThatThrownBy(() -> start("v-orders,,v-returns"))
			.hasStackTraceContaining("Invalid destination 'v-orders,,v-returns' of consumer binding 'summarise-in-0'")
			.hasStackTraceContaining("name 2 of 3 is empty");
		assertThatThrownBy(() -> start("v-orders,v-returns,")).hasStackTraceContaining("name 3 of 3 is empty");
		assertThatThrownBy(() -> start(",v-orders")).hasStackTraceContaining("empty");
		assertThatThrownBy(() -> start("v-orders, v-orders"))
			.hasStackTraceContaining("queue 'v-orders' is listed twice");
		assertThatThrownBy(() -> start("v-orders,queue:v-orders"))
			.hasStackTraceContaining("'v-orders' and 'queue:v-orders' are the same queue 'v-orders'");
		assertThatThrownBy(() -> start("v-orders,v-returns",
				"spring.cloud.stream.bindings.summarise-in-0.consumer.multiplex=true"))
			.hasStackTraceContaining("multiplex is not supported");
		// nothing was read or registered by the refused bindings
		assertThat(String.valueOf(LocalBusSupport.bot(bus, "summary-bot"))).doesNotContain("v-orders");
	}

}
