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
package io.rstreams.console;

import java.util.List;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.EventId;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.junit.LocalBusExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Traces through a pipeline written on a local bus: orders -> invoices (one per order) ->
 * audits (one per invoice), and a batch bot that writes one total per three invoices
 * (correlation {@code start}..{@code end}).
 */
@ExtendWith(LocalBusExtension.class)
class ConsoleTraceTest {

	static List<Event> orders;

	static List<Event> invoices;

	static List<Event> audits;

	static List<Event> totals;

	@BeforeAll
	static void pipeline(LocalBus bus) throws Exception {
		bus.botRegistry().registerReader("t-invoice-bot", "queue:t-orders", "queue:t-invoices", null);
		bus.botRegistry().registerReader("t-audit-bot", "queue:t-invoices", "queue:t-audits", null);
		bus.botRegistry().registerReader("t-totals-bot", "queue:t-invoices", "queue:t-totals", null);
		orders = ConsoleFixtures.write(bus, "t-source", "t-orders", null, 1, 2, 3);
		invoices = ConsoleFixtures.write(bus, "t-invoice-bot", "t-invoices",
				orders.stream().map(Correlation::of).toList(), 1, 2, 3);
		audits = ConsoleFixtures.write(bus, "t-audit-bot", "t-audits", invoices.stream().map(Correlation::of).toList(),
				1, 2, 3);
		totals = ConsoleFixtures.write(bus, "t-totals-bot", "t-totals", List.of(Correlation.ofBatch(invoices)), 6);
	}

	@Test
	void anAuditEventLeadsToItsInvoiceAndOrderTwoHopsUp(LocalBus bus) {
		TraceView trace = ConsoleFixtures.console(bus).trace("t-audits", audits.get(1).eid());

		assertThat(trace.origin().eid()).isEqualTo(audits.get(1).eid());
		assertThat(trace.ancestors()).extracting(TraceView.Hop::depth, TraceView.Hop::queue, TraceView.Hop::eid)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "t-invoices", invoices.get(1).eid()),
					org.assertj.core.groups.Tuple.tuple(2, "t-orders", orders.get(1).eid()));
		TraceView.Hop invoice = trace.ancestors().get(0);
		assertThat(invoice.via()).isEqualTo(audits.get(1).eid());
		assertThat(invoice.hopMillis()).isEqualTo(millis(audits.get(1)) - millis(invoices.get(1)));
		assertThat(invoice.sourceToEidMillis())
			.isEqualTo(millis(invoices.get(1)) - invoices.get(1).eventSourceTimestamp());
		assertThat(trace.descendants()).isEmpty();
		assertThat(trace.truncated()).isFalse();
	}

	@Test
	void anOrderLeadsDownToItsInvoiceItsAuditAndTheBatchTotalThatCoversIt(LocalBus bus) {
		TraceView trace = ConsoleFixtures.console(bus).trace("t-orders", orders.get(2).eid());

		assertThat(trace.ancestors()).isEmpty();
		assertThat(trace.descendants()).extracting(TraceView.Hop::depth, TraceView.Hop::queue, TraceView.Hop::eid)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, "t-invoices", invoices.get(2).eid()),
					org.assertj.core.groups.Tuple.tuple(2, "t-audits", audits.get(2).eid()),
					org.assertj.core.groups.Tuple.tuple(2, "t-totals", totals.get(0).eid()));
		TraceView.Hop invoice = trace.descendants().get(0);
		assertThat(invoice.via()).isEqualTo(orders.get(2).eid());
		assertThat(invoice.hopMillis()).isEqualTo(millis(invoices.get(2)) - millis(orders.get(2)));
	}

	@Test
	void aBatchEventLeadsUpToEveryEventOfItsRange(LocalBus bus) {
		TraceView trace = ConsoleFixtures.console(bus).trace("t-totals", totals.get(0).eid());

		assertThat(trace.ancestors()).filteredOn(h -> h.depth() == 1)
			.extracting(TraceView.Hop::eid)
			.containsExactly(invoices.get(0).eid(), invoices.get(1).eid(), invoices.get(2).eid());
		assertThat(trace.ancestors()).filteredOn(h -> h.depth() == 2)
			.extracting(TraceView.Hop::eid)
			.containsExactly(orders.get(0).eid(), orders.get(1).eid(), orders.get(2).eid());
	}

	@Test
	void theMiddleOfARangeIsCoveredButNothingOutsideIt(LocalBus bus) {
		TraceView middle = ConsoleFixtures.console(bus).trace("t-invoices", invoices.get(1).eid());
		assertThat(middle.descendants()).extracting(TraceView.Hop::queue, TraceView.Hop::eid)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("t-audits", audits.get(1).eid()),
					org.assertj.core.groups.Tuple.tuple("t-totals", totals.get(0).eid()));
		assertThat(Tracer.inRange(invoices.get(1).eid(), invoices.get(0).eid(), invoices.get(2).eid())).isTrue();
		assertThat(Tracer.inRange(audits.get(0).eid(), invoices.get(0).eid(), invoices.get(2).eid())).isFalse();
	}

	@Test
	void anUnknownEventHasNoTraceAndAnInvalidEidIsRefused(LocalBus bus) {
		BusConsole console = ConsoleFixtures.console(bus);
		String absent = EventId.of(EventId.parse(orders.get(0).eid()).timestampMillis(), 999).value();
		assertThat(console.trace("t-orders", absent).origin()).isNull();
		assertThatThrownBy(() -> console.trace("t-orders", "z/2026")).isInstanceOf(IllegalArgumentException.class);
	}

	private static long millis(Event event) {
		return EventId.parse(event.eid()).timestampMillis();
	}

}
