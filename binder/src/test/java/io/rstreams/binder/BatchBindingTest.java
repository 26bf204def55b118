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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Batch mode: a batch consumer, and a batch function whose output gets the N -> 1
 * correlation.
 */
@SpringBootTest(classes = BatchBindingTest.App.class,
		properties = { "spring.cloud.function.definition=totals;oldestTotals;collector",
				"spring.cloud.stream.bindings.oldestTotals-in-0.destination=sales",
				"spring.cloud.stream.bindings.oldestTotals-in-0.group=oldest-bot",
				"spring.cloud.stream.bindings.oldestTotals-in-0.consumer.batch-mode=true",
				"spring.cloud.stream.bindings.oldestTotals-out-0.destination=daily-oldest",
				"spring.cloud.stream.rstreams.bindings.oldestTotals-in-0.consumer.batch-size=10",
				"spring.cloud.stream.rstreams.bindings.oldestTotals-out-0.producer.batch-event-source-timestamp=oldest",
				"spring.cloud.stream.bindings.totals-in-0.destination=sales",
				"spring.cloud.stream.bindings.totals-in-0.group=totals-bot",
				"spring.cloud.stream.bindings.totals-in-0.consumer.batch-mode=true",
				"spring.cloud.stream.bindings.totals-out-0.destination=daily",
				"spring.cloud.stream.bindings.collector-in-0.destination=sales",
				"spring.cloud.stream.bindings.collector-in-0.group=collector-bot",
				"spring.cloud.stream.bindings.collector-in-0.consumer.batch-mode=true",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
				"spring.cloud.stream.rstreams.bindings.totals-in-0.consumer.batch-size=10" })
class BatchBindingTest {

	record Sale(int amount) {
	}

	record Total(int sum, int count) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		final List<List<Sale>> batches = new CopyOnWriteArrayList<>();

		@Bean
		Function<List<Sale>, Total> totals() {
			return sales -> new Total(sales.stream().mapToInt(Sale::amount).sum(), sales.size());
		}

		@Bean
		Function<List<Sale>, Total> oldestTotals() {
			return sales -> new Total(sales.stream().mapToInt(Sale::amount).sum(), sales.size());
		}

		@Bean
		Consumer<List<Sale>> collector() {
			return batches::add;
		}

	}

	@Autowired
	App app;

	@Autowired
	LocalBus bus;

	@Test
	void batchesGetTheNToOneCorrelationAndTheLastSourceTimestampOrTheOldest() {
		try (QueueWriter writer = bus.writer("till")) {
			for (int i = 1; i <= 25; i++) {
				writer.write(Event.builder()
					.event("sales")
					.payload(Json.mapper().createObjectNode().put("amount", i))
					.eventSourceTimestamp(1_700_000_000_000L + (i % 7) * 1000)
					.units(i == 3 ? 2L : null)
					.build());
			}
			writer.flush().join();
		}
		List<Event> sales = LocalBusSupport.readAll(bus, "sales");
		assertThat(sales).hasSize(25);

		await().atMost(Duration.ofSeconds(20)).until(() -> LocalBusSupport.readAll(bus, "daily").size() == 3);
		List<Event> totals = LocalBusSupport.readAll(bus, "daily");
		assertThat(totals).extracting(e -> e.payload().get("count").asInt()).containsExactly(10, 10, 5);
		assertThat(totals.stream().mapToInt(e -> e.payload().get("sum").asInt()).sum()).isEqualTo(325);

		Event first = totals.get(0);
		List<Event> firstBatch = sales.subList(0, 10);
		assertThat(first.correlationId()).isEqualTo(Correlation.ofBatch(firstBatch));
		assertThat(first.correlationId().units()).isEqualTo(11L);
		assertThat(first.correlationId().end()).isEqualTo(sales.get(9).eid());
		// as the Node SDK: the last input's (inputs 1..10 have 1000, 2000, ..., 6000, 0,
		// 1000, 2000, 3000 ms)
		assertThat(first.eventSourceTimestamp()).isEqualTo(sales.get(9).eventSourceTimestamp());
		assertThat(first.eventSourceTimestamp())
			.isNotEqualTo(firstBatch.stream().mapToLong(Event::eventSourceTimestamp).min().getAsLong());
		await().atMost(Duration.ofSeconds(20)).until(() -> LocalBusSupport.readAll(bus, "daily-oldest").size() == 3);
		Event oldest = LocalBusSupport.readAll(bus, "daily-oldest").get(0);
		assertThat(oldest.eventSourceTimestamp())
			.isEqualTo(firstBatch.stream().mapToLong(Event::eventSourceTimestamp).min().getAsLong());
		assertThat(first.id()).isEqualTo("totals-bot");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> sales.get(24).eid().equals(LocalBusSupport.checkpoint(bus, "totals-bot", "sales")));

		await().atMost(Duration.ofSeconds(20)).until(() -> app.batches.stream().mapToInt(List::size).sum() == 25);
		assertThat(app.batches.get(0).get(0)).isEqualTo(new Sale(1));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> sales.get(24).eid().equals(LocalBusSupport.checkpoint(bus, "collector-bot", "sales")));
	}

}
