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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Function bot and a Consumer bot on the local bus: payloads, headers, correlation and
 * checkpoints in LeoCron.
 */
@SpringBootTest(classes = FunctionBindingTest.App.class,
		properties = { "spring.cloud.function.definition=invoiceBot;auditBot",
				"spring.cloud.stream.bindings.invoiceBot-in-0.destination=orders",
				"spring.cloud.stream.bindings.invoiceBot-in-0.group=invoice-bot",
				"spring.cloud.stream.bindings.invoiceBot-out-0.destination=invoices",
				"spring.cloud.stream.bindings.auditBot-in-0.destination=invoices",
				"spring.cloud.stream.bindings.auditBot-in-0.group=audit-bot",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms" })
class FunctionBindingTest {

	record Order(String orderId, double amount) {
	}

	record Invoice(String orderId, double total) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		final List<Message<Invoice>> audited = new CopyOnWriteArrayList<>();

		@Bean
		Function<Order, Invoice> invoiceBot() {
			return order -> order.amount() < 0 ? null : new Invoice(order.orderId(), order.amount() * 1.2);
		}

		@Bean
		Consumer<Message<Invoice>> auditBot() {
			return audited::add;
		}

	}

	@Autowired
	App app;

	@Autowired
	LocalBus bus;

	@Test
	void aFunctionBotWritesCorrelatedOutputsAndCheckpointsAfterThem() {
		LocalBusSupport.write(
				bus, "orders", "order_source", List.of("{\"orderId\":\"A-1\",\"amount\":10}",
						"{\"orderId\":\"A-2\",\"amount\":-1}", "{\"orderId\":\"A-3\",\"amount\":5}"),
				1_700_000_000_000L);
		List<Event> orders = LocalBusSupport.readAll(bus, "orders");
		assertThat(orders).hasSize(3);

		await().atMost(Duration.ofSeconds(20)).until(() -> app.audited.size() == 2);
		List<Event> invoices = LocalBusSupport.readAll(bus, "invoices");
		assertThat(invoices).hasSize(2);
		Event first = invoices.get(0);
		assertThat(first.payload().get("orderId").asString()).isEqualTo("A-1");
		assertThat(first.payload().get("total").asDouble()).isEqualTo(12.0);
		assertThat(first.id()).isEqualTo("invoice-bot");
		assertThat(first.eventSourceTimestamp()).isEqualTo(1_700_000_000_000L);
		assertThat(first.correlationId())
			.isEqualTo(new Correlation("orders", orders.get(0).eid(), null, 1L, false, false));
		assertThat(invoices.get(1).correlationId().start()).isEqualTo(orders.get(2).eid());

		// the null result for A-2 wrote nothing, and the checkpoint still moved past it
		await().atMost(Duration.ofSeconds(10))
			.until(() -> orders.get(2).eid().equals(LocalBusSupport.checkpoint(bus, "invoice-bot", "orders")));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> invoices.get(1).eid().equals(LocalBusSupport.checkpoint(bus, "audit-bot", "invoices")));

		Message<Invoice> audited = app.audited.get(0);
		assertThat(audited.getPayload()).isEqualTo(new Invoice("A-1", 12.0));
		assertThat(audited.getHeaders()).containsEntry(RStreamsHeaders.EID, first.eid())
			.containsEntry(RStreamsHeaders.QUEUE, "invoices")
			.containsEntry(RStreamsHeaders.BOT_ID, "audit-bot")
			.containsEntry(RStreamsHeaders.ID, "invoice-bot")
			.containsEntry(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP, 1_700_000_000_000L)
			.containsEntry(RStreamsHeaders.TIMESTAMP, first.timestamp())
			.containsEntry(RStreamsHeaders.CORRELATION_ID, first.correlationId());

		Map<String, AttributeValue> bot = LocalBusSupport.bot(bus, "invoice-bot");
		assertThat(bot.get("lambdaName").nul()).isTrue();
		assertThat(bot.get("triggers").l()).extracting(AttributeValue::s).containsExactly("queue:orders");
		Map<String, AttributeValue> cp = bot.get("checkpoints").m().get("read").m().get("queue:orders").m();
		assertThat(cp.get("checkpoint").s()).isEqualTo(orders.get(2).eid());
		assertThat(cp.keySet()).contains("source_timestamp", "started_timestamp", "ended_timestamp", "records");
	}

}
