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
package io.rstreams.test;

import java.util.List;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.test.autoconfigure.AutoConfigureRStreamsTestBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Function bot tested end to end as its users would: inputs written with the kit as a
 * Node bot would write them, outputs awaited, their envelope and the bot's checkpoint and
 * lease checked.
 */
@SpringBootTest(classes = InvoiceBotApplication.class,
		properties = { "spring.cloud.function.definition=invoiceBot",
				"spring.cloud.stream.bindings.invoiceBot-in-0.destination=orders",
				"spring.cloud.stream.bindings.invoiceBot-in-0.group=invoice-bot",
				"spring.cloud.stream.bindings.invoiceBot-out-0.destination=invoices",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=50ms" })
@AutoConfigureRStreamsTestBus
class FunctionBotEndToEndTest {

	@Autowired
	RStreamsTestBus bus;

	@BeforeEach
	void onlyThisTestsEvents() {
		bus.reset();
	}

	@Test
	void eachOrderBecomesAnInvoiceCorrelatedToItAndTheBotCheckpointsTheLast() {
		List<Event> orders = bus.as("order-source")
			.withEventSourceTimestamp(1_700_000_000_000L)
			.write("orders", new InvoiceBotApplication.Order("O-1", 100.0),
					new InvoiceBotApplication.Order("O-2", 50.0));

		List<Event> invoices = bus.awaitEvents("invoices", 2);

		assertThat(invoices).hasSize(2);
		assertThat(invoices).extracting(Event::id).containsOnly("invoice-bot");
		for (int i = 0; i < 2; i++) {
			assertThat(invoices.get(i).correlationId()).isEqualTo(Correlation.of(orders.get(i)));
			assertThat(invoices.get(i).eventSourceTimestamp()).isEqualTo(1_700_000_000_000L);
		}
		assertThat(invoices.get(0).payload().get("tax").asDouble()).isEqualTo(20.0);
		assertThat(invoices.get(1).payload().get("orderId").asString()).isEqualTo("O-2");
		bus.awaitCheckpoint("invoice-bot", "orders", orders.get(1).eid());
		BotState bot = bus.bot("invoice-bot");
		assertThat(bot.checkpoint("orders")).contains(orders.get(1).eid());
		assertThat(bot.lease("orders")).hasValueSatisfying(lease -> assertThat(lease.owner()).isNotBlank());
	}

	@Test
	void aTestSeesOnlyTheEventsWrittenSinceTheReset() {
		List<Event> order = bus.write("orders", new InvoiceBotApplication.Order("O-3", 10.0));
		List<Event> invoices = bus.awaitEvents("invoices", 1);
		assertThat(invoices).singleElement()
			.satisfies(invoice -> assertThat(invoice.correlationId()).isEqualTo(Correlation.of(order.get(0))));
		assertThat(order.get(0).id()).isEqualTo(RStreamsTestBus.DEFAULT_PRODUCER);
		assertThat(bus.read("orders")).hasSize(1);
	}

}
