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

import java.util.function.Function;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application with one {@code Function} bot, as a user writes it: each order becomes
 * an invoice with tax. Its queues and bot id are in the tests' properties.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class InvoiceBotApplication {

	public record Order(String orderId, double amount) {
	}

	public record Invoice(String orderId, double amount, double tax) {
	}

	@Bean
	Function<Order, Invoice> invoiceBot() {
		return order -> new Invoice(order.orderId(), order.amount(), Math.round(order.amount() * 20) / 100.0);
	}

}
