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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Producers without an input: a polled Supplier, StreamBridge. Their events carry the bot
 * id and "now".
 */
@SpringBootTest(classes = SupplierAndStreamBridgeTest.App.class, properties = { "spring.application.name=bridge-app",
		"spring.cloud.function.definition=ticker", "spring.cloud.stream.bindings.ticker-out-0.destination=ticks",
		"spring.cloud.stream.output-bindings=bigOut", "spring.cloud.stream.bindings.bigOut-out-0.destination=big",
		"spring.cloud.stream.poller.fixed-delay=100",
		"spring.cloud.stream.rstreams.bindings.ticker-out-0.producer.linger=20ms" })
class SupplierAndStreamBridgeTest {

	record Tick(int n) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		final AtomicInteger n = new AtomicInteger();

		@Bean
		Supplier<Tick> ticker() {
			return () -> n.get() < 3 ? new Tick(n.incrementAndGet()) : null;
		}

	}

	@Autowired
	LocalBus bus;

	@Autowired
	StreamBridge bridge;

	@Test
	void aPolledSupplierWritesEventsStampedNowUnderItsName() {
		long before = System.currentTimeMillis();
		await().atMost(Duration.ofSeconds(20)).until(() -> LocalBusSupport.readAll(bus, "ticks").size() == 3);
		List<Event> ticks = LocalBusSupport.readAll(bus, "ticks");
		assertThat(ticks).extracting(e -> e.payload().get("n").asInt()).containsExactly(1, 2, 3);
		for (Event e : ticks) {
			assertThat(e.id()).isEqualTo("ticker");
			assertThat(e.correlationId()).isNull();
			assertThat(e.timestamp()).isBetween(before - 5000, System.currentTimeMillis());
			assertThat(e.eventSourceTimestamp()).isEqualTo(e.timestamp());
		}
	}

	@Test
	void streamBridgeThroughADeclaredOutputBindingSendsUnderTheApplicationNameToo() {
		assertThat(bridge.send("bigOut-out-0", new Tick(9))).isTrue();
		await().atMost(Duration.ofSeconds(20)).until(() -> LocalBusSupport.readAll(bus, "big").size() == 1);
		// a declared output binding is named like a function's ('bigOut'), but no
		// function writes it
		assertThat(LocalBusSupport.readAll(bus, "big").get(0).id()).isEqualTo("bridge-app");
	}

	@Test
	void streamBridgeSendsUnderTheApplicationName() {
		long before = System.currentTimeMillis();
		assertThat(bridge.send("bridged", new Tick(7))).isTrue();
		assertThat(bridge.send("bridged",
				org.springframework.messaging.support.MessageBuilder.withPayload(new Tick(8))
					.setHeader(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP, 1_500_000_000_000L)
					.build()))
			.isTrue();
		await().atMost(Duration.ofSeconds(20)).until(() -> LocalBusSupport.readAll(bus, "bridged").size() == 2);
		List<Event> events = LocalBusSupport.readAll(bus, "bridged");
		assertThat(events.get(0).payload().get("n").asInt()).isEqualTo(7);
		assertThat(events.get(0).id()).isEqualTo("bridge-app");
		assertThat(events.get(0).eventSourceTimestamp()).isBetween(before - 5000, System.currentTimeMillis());
		assertThat(events.get(1).eventSourceTimestamp()).isEqualTo(1_500_000_000_000L);
	}

}
