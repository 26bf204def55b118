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
import java.util.Map;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the sample as the README does (embedded local bus, nothing configured) and checks
 * what it wrote.
 */
@SpringBootTest(properties = { "sample.orders=12", "sample.exit-when-done=false" })
class PipelineSampleTest {

	@Autowired
	SampleProgress progress;

	@Autowired
	LocalBus bus;

	static List<Event> read(LocalBus bus, String queue) {
		List<Event> events = new java.util.ArrayList<>();
		try (EventStream stream = bus.reader().read("sample_test", queue, StartPosition.BEGINNING)) {
			stream.forEachRemaining(e -> events.add(((ReadEntry.Ok) e).event()));
		}
		return events;
	}

	@Test
	void ordersBecomeCorrelatedInvoicesThatAreAuditedAndTotalled() {
		await().atMost(Duration.ofSeconds(60)).until(progress::isDone);
		List<Event> orders = read(bus, "orders");
		List<Event> invoices = read(bus, "invoices");
		assertThat(orders).hasSize(12);
		assertThat(invoices).hasSize(12);
		assertThat(orders).extracting(Event::id).containsOnly("orderSource");
		assertThat(invoices).extracting(Event::id).containsOnly("invoice-bot");
		for (int i = 0; i < 12; i++) {
			assertThat(invoices.get(i).correlationId()).isEqualTo(Correlation.of(orders.get(i)));
			assertThat(invoices.get(i).eventSourceTimestamp()).isEqualTo(orders.get(i).eventSourceTimestamp());
			assertThat(invoices.get(i).payload().get("orderId").asString()).isEqualTo("O-" + (i + 1));
		}
		assertThat(progress.audited()).hasSize(12);
		assertThat(progress.totals().stream().mapToInt(DailyTotal::invoices).sum()).isEqualTo(12);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> invoices.get(11).eid().equals(bus.checkpointer().readCheckpoint("audit-bot", "invoices")));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> invoices.get(11)
				.eid()
				.equals(bus.checkpointer().readCheckpoint("daily-totals-bot", "invoices")));
		assertThat(bus.checkpointer().readCheckpoint("invoice-bot", "orders")).isEqualTo(orders.get(11).eid());
		Map<String, ?> bot = bus.checkpointer().getBot("daily-totals-bot");
		assertThat(bot).containsKeys("triggers", "checkpoints", "lambdaName");
	}

}
