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

import io.rstreams.client.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bus console in a real browser (headless Chromium) over the sample pipeline on its
 * embedded bus, with actions enabled: the graph, a queue's events, a bot, the trace of an
 * audit event up to its order, and pause and resume. A screenshot of each page is kept
 * under {@code target/console-screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

	static final int ORDERS = 8;

	static RunningSample sample;

	static ChromeBrowser browser;

	@BeforeAll
	static void start() throws Exception {
		ChromeBrowser.assumeInstalled();
		sample = RunningSample.start(ORDERS, true);
		browser = ChromeBrowser.start();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (sample != null) {
			sample.close();
		}
	}

	@Test
	@Order(1)
	void theGraphShowsTheSamplesBotsAndQueuesWithTheirCounts() {
		browser.open(sample.url("#/graph"));
		for (String bot : List.of("invoice-bot", "audit-bot", "daily-totals-bot", "orderSource")) {
			browser.await("svg.graph a.node[data-id='bot:" + bot + "']");
		}
		for (String queue : List.of("orders", "invoices", "audits")) {
			await().atMost(Duration.ofSeconds(20))
				.ignoreExceptions()
				.until(() -> Long.parseLong(
						browser.attribute("svg.graph a.node[data-id='queue:" + queue + "']", "data-events")) >= ORDERS);
			assertThat(browser.text("svg.graph a.node[data-id='queue:" + queue + "']")).contains("events");
		}
		browser.await("svg.graph g.edge[data-from='queue:orders'][data-to='bot:invoice-bot']");
		browser.await("svg.graph g.edge[data-from='bot:invoice-bot'][data-to='queue:invoices']");
		browser.await("svg.graph g.edge[data-from='queue:invoices'][data-to='bot:audit-bot']");
		browser.await("svg.graph g.edge[data-from='bot:audit-bot'][data-to='queue:audits']");
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> "healthy".equals(browser.attribute("a.node[data-id='bot:invoice-bot']", "data-health")));
		assertThat(browser.text("#queues-table tr[data-id='queue:orders']")).contains(String.valueOf(ORDERS));
		browser.screenshot("graph");
	}

	@Test
	@Order(2)
	void aQueuePageListsTheEventsWrittenWithTheirEnvelopeAndFilters() {
		List<Event> orders = sample.events("orders");
		browser.open(sample.url("#/queue/orders"));
		List<String> stored = orders.stream().map(Event::eid).toList();
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> browser.all("#events details.event")
				.stream()
				.map(e -> e.getDomAttribute("data-eid"))
				.toList()
				.equals(stored));
		assertThat(browser.text("#max-eid")).isEqualTo(orders.get(orders.size() - 1).eid());
		assertThat(browser.text("#queue-total")).isEqualTo(String.valueOf(orders.size()));
		browser.click("#events details.event summary");
		assertThat(browser.text("#events details.event[open] pre.envelope")).contains("\"payload\"",
				"\"event_source_timestamp\"", "\"eid\"", "\"id\": \"orderSource\"");
		browser.screenshot("queue");

		// filter on a JSON path, typed and submitted from the keyboard
		String customer = orders.get(0).payload().get("customer").asString();
		long matching = orders.stream().filter(o -> o.payload().get("customer").asString().equals(customer)).count();
		browser.await("#filter-path").sendKeys("payload.customer");
		browser.await("#filter-value").sendKeys(customer, Keys.ENTER);
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> browser.driver().getCurrentUrl().contains("path=")
					&& browser.all("#events details.event").size() == matching);
		assertThat(browser.text("#page-info")).contains("matching payload.customer = " + customer);
	}

	@Test
	@Order(3)
	void aBotPageShowsItsCheckpointsLeaseAndBinding() {
		Event lastOrder = sample.events("orders").get(ORDERS - 1);
		// from the graph with the keyboard: a node is a link, Enter follows it
		browser.open(sample.url("#/graph"));
		browser.press("a.node[data-id='bot:invoice-bot']", Keys.ENTER);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> browser.driver().getCurrentUrl().endsWith("#/bot/invoice-bot"));
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> browser.text("#reads tr[data-queue='orders']").contains(lastOrder.eid()));
		assertThat(browser.text("#reads tr[data-queue='orders'] td.lease")).isNotBlank();
		assertThat(browser.attribute(".binding[data-binding='invoiceBot-in-0']", "data-state")).isEqualTo("RUNNING");
		assertThat(browser.text("#writes")).contains("invoices");
		assertThat(browser.text("#actions-mode")).contains("Actions are enabled");
		browser.screenshot("bot");
	}

	@Test
	@Order(4)
	void theTraceOfAnAuditEventReachesItsOrderTwoHopsUp() {
		Map<String, Event> invoices = byEid(sample.events("invoices"));
		Map<String, Event> orders = byEid(sample.events("orders"));
		Event audit = sample.events("audits").get(2);
		Event invoice = invoices.get(audit.correlationId().start());
		Event order = orders.get(invoice.correlationId().start());

		browser.open(sample.url("#/trace/audits/" + audit.eid()));
		assertThat(browser.attribute("#trace li.hop[data-depth='-2']", "data-queue")).isEqualTo("orders");
		assertThat(browser.attribute("#trace li.hop[data-depth='-2']", "data-eid")).isEqualTo(order.eid());
		assertThat(browser.attribute("#trace li.hop[data-depth='-1']", "data-queue")).isEqualTo("invoices");
		assertThat(browser.attribute("#trace li.hop[data-depth='-1']", "data-eid")).isEqualTo(invoice.eid());
		assertThat(browser.text("#trace li.hop[data-depth='-1']")).contains("next hop took");
		assertThat(browser.attribute("#trace li.hop.origin", "data-eid")).isEqualTo(audit.eid());
		browser.screenshot("trace");

		// and down from the order: its invoice, then the audit
		browser.click("#trace li.hop[data-depth='-2'] a.trace-link");
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> browser.all("#trace li.hop[data-depth='2'][data-queue='audits']")
				.stream()
				.anyMatch(e -> audit.eid().equals(e.getDomAttribute("data-eid"))));
		assertThat(browser.attribute("#trace li.hop[data-depth='1'][data-queue='invoices']", "data-eid"))
			.isEqualTo(invoice.eid());
		browser.screenshot("trace-down");
	}

	@Test
	@Order(5)
	void pauseAndResumeActOnTheBindingWhenEnabled() {
		browser.open(sample.url("#/bot/audit-bot"));
		browser.click("#pause-auditBot-in-0");
		await().atMost(Duration.ofSeconds(20)).until(() -> "PAUSED".equals(sample.state("auditBot-in-0")));
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> "PAUSED".equals(browser.attribute(".binding[data-binding='auditBot-in-0']", "data-state")));
		assertThat(browser.text("#action-status")).contains("Done: pause auditBot-in-0");
		browser.screenshot("bot-paused");

		browser.click("#resume-auditBot-in-0");
		await().atMost(Duration.ofSeconds(20)).until(() -> "RUNNING".equals(sample.state("auditBot-in-0")));
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> "RUNNING".equals(browser.attribute(".binding[data-binding='auditBot-in-0']", "data-state")));
	}

	@Test
	@Order(6)
	void moveCheckpointMakesTheBotReadAgainAfterTheGivenEid() {
		List<Event> invoices = sample.events("invoices");
		int audits = sample.events("audits").size();
		browser.open(sample.url("#/bot/audit-bot"));
		// live refresh off while typing, so that the field stays the one typed into
		browser.click("#live");
		browser.press("#move-auditBot-in-0", invoices.get(invoices.size() - 3).eid());
		browser.click("#movebtn-auditBot-in-0");
		browser.click("#live");
		// the two invoices after that eid are audited again
		await().atMost(Duration.ofSeconds(30)).until(() -> sample.events("audits").size() == audits + 2);
		assertThat(browser.text("#action-status")).contains("Done: move auditBot-in-0");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> invoices.get(invoices.size() - 1)
				.eid()
				.equals(sample.bus.checkpointer().readCheckpoint("audit-bot", "invoices")));
	}

	private static Map<String, Event> byEid(List<Event> events) {
		Map<String, Event> map = new java.util.HashMap<>();
		events.forEach(e -> map.put(e.eid(), e));
		return map;
	}

}
