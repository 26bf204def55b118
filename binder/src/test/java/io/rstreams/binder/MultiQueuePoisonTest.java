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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.binder.observability.RStreamsBinderHealthIndicator;
import io.rstreams.binder.status.BindingState;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison event on one queue of a binding of two: that queue is blocked at the event
 * before it (no DLQ, retries exhausted), the other queue's events keep flowing; after a
 * restart on the same bus each queue resumes from its own checkpoint, the blocked one
 * from before the poison event, the other without reading again what it had done.
 */
class MultiQueuePoisonTest {

	static LocalBus bus;

	static volatile boolean poisonous = true;

	static final List<String> handled = new CopyOnWriteArrayList<>();

	record Order(String q, int n) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			return LocalBusSupport.connection(bus);
		}

		@Bean
		Consumer<Message<Order>> audit() {
			return m -> {
				Order o = m.getPayload();
				if (poisonous && o.q().equals("a") && o.n() == 4) {
					throw new IllegalStateException("order a-4 cannot be audited");
				}
				handled.add(m.getHeaders().get(RStreamsHeaders.QUEUE) + ":" + o.q() + "-" + o.n());
			};
		}

	}

	@BeforeAll
	static void startBus() {
		bus = LocalBus.start();
	}

	@AfterAll
	static void stopBus() {
		bus.close();
	}

	@AfterEach
	void forget() {
		handled.clear();
	}

	static ConfigurableApplicationContext start() {
		return start("poison-a,poison-b", "audit-bot");
	}

	static ConfigurableApplicationContext start(String destination, String group, String... properties) {
		return new SpringApplicationBuilder(App.class)
			.properties("spring.main.banner-mode=off", "spring.cloud.function.definition=audit",
					"spring.cloud.stream.bindings.audit-in-0.destination=" + destination,
					"spring.cloud.stream.bindings.audit-in-0.group=" + group,
					"spring.cloud.stream.bindings.audit-in-0.consumer.max-attempts=1",
					"spring.cloud.stream.rstreams.default.consumer.start=beginning",
					"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
					"spring.cloud.stream.rstreams.default.consumer.batch-size=5",
					"spring.cloud.stream.rstreams.default.consumer.error-backoff=200ms")
			.properties(properties)
			.run();
	}

	static void write(String queue, String q, int from, int to) {
		try (QueueWriter writer = bus.writer("source")) {
			for (int i = from; i < to; i++) {
				writer.write(Event.builder()
					.event(queue)
					.payload(Json.mapper().createObjectNode().put("q", q).put("n", i))
					.build());
			}
			writer.flush().join();
		}
	}

	static long count(String prefix) {
		return handled.stream().filter(h -> h.startsWith(prefix)).count();
	}

	@Test
	void aPoisonEventBlocksOnlyItsQueueAndBothCheckpointsAreRightAfterARestart() {
		write("poison-a", "a", 0, 10);
		write("poison-b", "b", 0, 20);
		List<Event> a = LocalBusSupport.readAll(bus, "poison-a");
		ConfigurableApplicationContext app = start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> count("poison-b:b-") == 20 && count("poison-a:") == 4);
			Map<String, RStreamsInboundChannelAdapter> readers = Bindings.binder(app).queueReaders("audit-in-0");
			await().atMost(Duration.ofSeconds(10)).until(() -> readers.get("poison-a").state() == BindingState.BLOCKED);
			// the other queue keeps flowing while the first stays blocked
			write("poison-b", "b", 20, 30);
			await().atMost(Duration.ofSeconds(20)).until(() -> count("poison-b:b-") == 30);
			List<Event> b = LocalBusSupport.readAll(bus, "poison-b");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> b.get(29).eid().equals(LocalBusSupport.checkpoint(bus, "audit-bot", "poison-b")));
			assertThat(readers.get("poison-a").state()).isEqualTo(BindingState.BLOCKED);
			assertThat(readers.get("poison-b").state()).isEqualTo(BindingState.RUNNING);
			assertThat(readers.get("poison-a").position().eid()).isEqualTo(a.get(3).eid());
			assertThat(LocalBusSupport.checkpoint(bus, "audit-bot", "poison-a")).isEqualTo(a.get(3).eid());
			assertThat(handled).doesNotContain("poison-a:a-5");

			// health names the blocked queue, under the binding
			Health health = new RStreamsBinderHealthIndicator(Bindings.binder(app)).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			Map<String, Object> report = MultiQueueBindingTest.report(health, "audit-in-0");
			assertThat(report).containsEntry("state", "BLOCKED");
			Map<String, Map<String, Object>> queues = MultiQueueBindingTest.queues(report);
			assertThat(queues.get("poison-a")).containsEntry("state", "BLOCKED").containsKey("blocked");
			assertThat(queues.get("poison-a").get("blocked").toString()).contains(a.get(3).eid())
				.contains("order a-4 cannot be audited");
			assertThat(queues.get("poison-b")).containsEntry("state", "RUNNING")
				.containsEntry("checkpoint", b.get(29).eid())
				.doesNotContainKey("blocked");
		}
		finally {
			app.close();
		}
		// a graceful stop: each queue's checkpoint where its reader was
		List<Event> b = LocalBusSupport.readAll(bus, "poison-b");
		assertThat(LocalBusSupport.checkpoint(bus, "audit-bot", "poison-a")).isEqualTo(a.get(3).eid());
		assertThat(LocalBusSupport.checkpoint(bus, "audit-bot", "poison-b")).isEqualTo(b.get(29).eid());

		int before = handled.size();
		write("poison-b", "b", 30, 35);
		ConfigurableApplicationContext restarted = start();
		try {
			// b reads on after its checkpoint: only the new events
			await().atMost(Duration.ofSeconds(30)).until(() -> count("poison-b:b-") == 35);
			Map<String, RStreamsInboundChannelAdapter> readers = Bindings.binder(restarted).queueReaders("audit-in-0");
			await().atMost(Duration.ofSeconds(10)).until(() -> readers.get("poison-a").state() == BindingState.BLOCKED);
			assertThat(handled.subList(before, handled.size())).filteredOn(h -> h.startsWith("poison-b:"))
				.containsExactly("poison-b:b-30", "poison-b:b-31", "poison-b:b-32", "poison-b:b-33", "poison-b:b-34");
			// a is still held before its poison event, which it tries again
			assertThat(handled.subList(before, handled.size())).noneMatch(h -> h.startsWith("poison-a:"));
			assertThat(LocalBusSupport.checkpoint(bus, "audit-bot", "poison-a")).isEqualTo(a.get(3).eid());

			// once the event can be handled, a goes on from it
			poisonous = false;
			await().atMost(Duration.ofSeconds(60))
				.until(() -> a.get(9).eid().equals(LocalBusSupport.checkpoint(bus, "audit-bot", "poison-a")));
			assertThat(readers.get("poison-a").state()).isEqualTo(BindingState.RUNNING);
		}
		finally {
			restarted.close();
			poisonous = true;
		}
		Map<String, Integer> times = new HashMap<>();
		handled.forEach(h -> times.merge(h, 1, Integer::sum));
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			expected.add("poison-a:a-" + i);
		}
		for (int i = 0; i < 35; i++) {
			expected.add("poison-b:b-" + i);
		}
		// every event handled exactly once: the restart read nothing again on either
		// queue
		assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(times).allSatisfy((event, n) -> assertThat(n).as(event).isEqualTo(1));
	}

	@Test
	void withADeadLetterQueueThePoisonEventGoesToItsQueuesDlqAndBothQueuesReadOn() {
		write("dlq-a", "a", 0, 6);
		write("dlq-b", "b", 0, 3);
		List<Event> a = LocalBusSupport.readAll(bus, "dlq-a");
		List<Event> b = LocalBusSupport.readAll(bus, "dlq-b");
		ConfigurableApplicationContext app = start("dlq-a,dlq-b", "dlq-bot",
				"spring.cloud.stream.rstreams.default.consumer.enable-dlq=true");
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> a.get(5).eid().equals(LocalBusSupport.checkpoint(bus, "dlq-bot", "dlq-a"))
						&& b.get(2).eid().equals(LocalBusSupport.checkpoint(bus, "dlq-bot", "dlq-b")));
			assertThat(count("dlq-a:")).isEqualTo(5);
			assertThat(count("dlq-b:")).isEqualTo(3);
			List<Event> dead = LocalBusSupport.readAll(bus, "error.dlq-a.dlq-bot");
			assertThat(dead).hasSize(1);
			assertThat(dead.get(0).correlationId().source()).isEqualTo("dlq-a");
			assertThat(dead.get(0).correlationId().start()).isEqualTo(a.get(4).eid());
			assertThat(LocalBusSupport.readAll(bus, "error.dlq-b.dlq-bot")).isEmpty();
		}
		finally {
			app.close();
		}
	}

}
