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

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.rstreams.binder.RStreamsHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * Four bots as four Spring functions (see application.yml for their queues):
 *
 * <pre>
 * orderSource (Supplier)  --orders-->  invoiceBot (Function)  --invoices-->  auditBot (Function)  --audits-->
 *                                                                      \-->  dailyTotals (batch Consumer)
 * </pre>
 *
 * With no bus configured it runs on the embedded local bus. It writes
 * {@code sample.orders} orders, prints what flows (eids, correlation ids, source
 * timestamps), and exits when everything was audited (unless
 * {@code sample.exit-when-done=false}).
 */
@SpringBootApplication
public class PipelineSampleApplication {

	private static final Logger log = LoggerFactory.getLogger("pipeline");

	public static void main(String[] args) {
		SpringApplication.run(PipelineSampleApplication.class, args);
	}

	@Bean
	SampleProgress sampleProgress(@Value("${sample.orders:20}") int orders,
			@Value("${sample.exit-when-done:true}") boolean exitWhenDone, ConfigurableApplicationContext context) {
		return new SampleProgress(orders, exitWhenDone, context);
	}

	/**
	 * A bot that writes orders: polled once a second by Spring Cloud Stream, each call is
	 * one event.
	 */
	@Bean
	Supplier<Order> orderSource(SampleProgress progress) {
		AtomicInteger next = new AtomicInteger();
		String[] customers = { "acme", "globex", "initech", "umbrella" };
		return () -> {
			int n = next.incrementAndGet();
			if (n > progress.orders()) {
				return null;
			}
			Order order = new Order("O-" + n, customers[n % customers.length], Math.round(n * 1234.5) / 100.0);
			log.info("orderSource  -> orders    {}", order);
			return order;
		};
	}

	/**
	 * A bot that reads orders and writes invoices; the binder sets each invoice's
	 * correlation_id.
	 */
	@Bean
	Function<Message<Order>, Invoice> invoiceBot() {
		return message -> {
			Order order = message.getPayload();
			double tax = Math.round(order.amount() * 20) / 100.0;
			double total = Math.round((order.amount() + tax) * 100) / 100.0;
			Invoice invoice = new Invoice(order.orderId(), order.customer(), order.amount(), tax, total);
			log.info("invoiceBot   <- orders    {} eid={}", order.orderId(),
					message.getHeaders().get(RStreamsHeaders.EID));
			return invoice;
		};
	}

	/**
	 * A bot that reads invoices one by one, shows their envelope, and writes whether each
	 * adds up to queue audits (correlated to the invoice by the binder).
	 */
	@Bean
	Function<Message<Invoice>, Audit> auditBot(SampleProgress progress) {
		return message -> {
			Map<String, Object> h = message.getHeaders();
			Invoice invoice = message.getPayload();
			log.info("auditBot     <- invoices  {} total={} eid={} correlation_id={} event_source_timestamp={}",
					invoice.orderId(), invoice.total(), h.get(RStreamsHeaders.EID),
					h.get(RStreamsHeaders.CORRELATION_ID), h.get(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP));
			progress.audited(invoice);
			return new Audit(invoice.orderId(), invoice.total(),
					Math.abs(invoice.net() + invoice.tax() - invoice.total()) < 0.005);
		};
	}

	/** A batch bot: receives the invoices of one poll as a list. */
	@Bean
	Consumer<List<Invoice>> dailyTotals(SampleProgress progress) {
		return invoices -> {
			double sum = Math.round(invoices.stream().mapToDouble(Invoice::total).sum() * 100) / 100.0;
			DailyTotal total = new DailyTotal(invoices.size(), sum);
			log.info("dailyTotals  <- invoices  batch of {}: {}", invoices.size(), total);
			progress.totalled(total);
		};
	}

}
