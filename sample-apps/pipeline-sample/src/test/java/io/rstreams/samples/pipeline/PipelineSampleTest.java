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
package io.rstreams.samples.pipeline;

import java.time.Duration;
import java.util.List;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.test.BotState;
import io.rstreams.test.RStreamsTestBus;
import io.rstreams.test.autoconfigure.AutoConfigureRStreamsTestBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the sample on the embedded bus, with the test kit, and checks what it wrote: the
 * source's orders, the invoices correlated to them, the audits correlated to the
 * invoices, and every bot's checkpoint.
 */
@SpringBootTest(properties = { "sample.orders=12", "sample.exit-when-done=false" })
@AutoConfigureRStreamsTestBus
class PipelineSampleTest {

	@Autowired
	SampleProgress progress;

	@Autowired
	RStreamsTestBus bus;

	@Test
	void ordersBecomeCorrelatedInvoicesThatAreAuditedAndTotalled() {
		List<Event> orders = bus.awaitEvents("orders", 12, Duration.ofSeconds(60));
		List<Event> invoices = bus.awaitEvents("invoices", 12, Duration.ofSeconds(60));
		assertThat(orders).hasSize(12);
		assertThat(invoices).hasSize(12);
		assertThat(orders).extracting(Event::id).containsOnly("orderSource");
		assertThat(invoices).extracting(Event::id).containsOnly("invoice-bot");
		for (int i = 0; i < 12; i++) {
			assertThat(invoices.get(i).correlationId()).isEqualTo(Correlation.of(orders.get(i)));
			assertThat(invoices.get(i).eventSourceTimestamp()).isEqualTo(orders.get(i).eventSourceTimestamp());
			assertThat(invoices.get(i).payload().get("orderId").asString()).isEqualTo("O-" + (i + 1));
		}
		List<Event> audits = bus.awaitEvents("audits", 12, Duration.ofSeconds(60));
		assertThat(audits).extracting(Event::id).containsOnly("audit-bot");
		for (Event audit : audits) {
			Event invoice = invoices.stream()
				.filter(i -> i.eid().equals(audit.correlationId().start()))
				.findFirst()
				.orElseThrow();
			assertThat(audit.correlationId()).isEqualTo(Correlation.of(invoice));
			assertThat(audit.payload().get("orderId").asString())
				.isEqualTo(invoice.payload().get("orderId").asString());
			assertThat(audit.payload().get("addsUp").asBoolean()).isTrue();
		}
		await().atMost(Duration.ofSeconds(60)).until(progress::isDone);
		assertThat(progress.audited()).hasSize(12);
		assertThat(progress.totals().stream().mapToInt(DailyTotal::invoices).sum()).isEqualTo(12);
		String lastInvoice = invoices.get(11).eid();
		bus.awaitCheckpoint("audit-bot", "invoices", lastInvoice);
		bus.awaitCheckpoint("daily-totals-bot", "invoices", lastInvoice);
		assertThat(bus.awaitCheckpoint("invoice-bot", "orders", orders.get(11).eid())).isEqualTo(orders.get(11).eid());
		BotState totals = bus.bot("daily-totals-bot");
		assertThat(totals.item()).containsKeys("triggers", "checkpoints", "lambdaName");
		assertThat(totals.checkpoints()).containsEntry("invoices", lastInvoice);
	}

}
