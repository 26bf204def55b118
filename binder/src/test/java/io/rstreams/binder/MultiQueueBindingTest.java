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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.binder.observability.RStreamsBinderHealthIndicator;
import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.status.ConsumerBinding;
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
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One consumer binding reading two queues ({@code destination: orders,returns}), end to
 * end on a local bus: each queue has its own reader, checkpoint and lease under the one
 * bot, the message says which queue it came from, and health, metrics and the bindings
 * lifecycle see each queue.
 */
class MultiQueueBindingTest {

	static LocalBus bus;

	static final List<Seen> seen = new CopyOnWriteArrayList<>();

	final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	record Order(int n) {
	}

	record Seen(String queue, String eid, int n) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			return LocalBusSupport.connection(bus);
		}

		@Bean
		Function<Message<Order>, Order> relay() {
			return m -> {
				seen.add(new Seen((String) m.getHeaders().get(RStreamsHeaders.QUEUE),
						(String) m.getHeaders().get(RStreamsHeaders.EID), m.getPayload().n()));
				return m.getPayload();
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
	void stopApps() {
		apps.forEach(ConfigurableApplicationContext::close);
		seen.clear();
	}

	ConfigurableApplicationContext start(String destination, String group) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(App.class)
			.properties("spring.main.banner-mode=off", "spring.cloud.function.definition=relay",
					"spring.cloud.stream.bindings.relay-in-0.destination=" + destination,
					"spring.cloud.stream.bindings.relay-in-0.group=" + group,
					"spring.cloud.stream.bindings.relay-out-0.destination=" + group + "-out",
					"spring.cloud.stream.rstreams.default.consumer.start=beginning",
					"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
					"spring.cloud.stream.rstreams.default.consumer.lag-interval=100ms")
			.run();
		apps.add(app);
		return app;
	}

	static void write(String queue, int from, int to) {
		try (QueueWriter writer = bus.writer("source")) {
			for (int i = from; i < to; i++) {
				writer
					.write(Event.builder().event(queue).payload(Json.mapper().createObjectNode().put("n", i)).build());
			}
			writer.flush().join();
		}
	}

	@Test
	void eachQueueIsReadWithItsOwnCheckpointAndItsOutputsAreCorrelatedToIt() {
		write("mq-orders", 0, 30);
		write("mq-returns", 100, 120);
		ConfigurableApplicationContext app = start("mq-orders, queue:mq-returns", "mq-bot");
		List<Event> orders = LocalBusSupport.readAll(bus, "mq-orders");
		List<Event> returns = LocalBusSupport.readAll(bus, "mq-returns");

		await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() == 50);
		assertThat(seen).filteredOn(s -> s.n() < 100).extracting(Seen::queue).containsOnly("mq-orders");
		assertThat(seen).filteredOn(s -> s.n() >= 100).extracting(Seen::queue).containsOnly("mq-returns");
		// order is kept within each queue
		assertThat(seen).filteredOn(s -> s.queue().equals("mq-orders"))
			.extracting(Seen::eid)
			.containsExactlyElementsOf(orders.stream().map(Event::eid).toList());
		assertThat(seen).filteredOn(s -> s.queue().equals("mq-returns"))
			.extracting(Seen::eid)
			.containsExactlyElementsOf(returns.stream().map(Event::eid).toList());

		// one bot, a checkpoint per queue, each at its queue's last event
		await().atMost(Duration.ofSeconds(10))
			.until(() -> orders.get(29).eid().equals(LocalBusSupport.checkpoint(bus, "mq-bot", "mq-orders"))
					&& returns.get(19).eid().equals(LocalBusSupport.checkpoint(bus, "mq-bot", "mq-returns")));
		Map<String, AttributeValue> bot = LocalBusSupport.bot(bus, "mq-bot");
		assertThat(bot.get("triggers").l()).extracting(AttributeValue::s)
			.containsExactlyInAnyOrder("queue:mq-orders", "queue:mq-returns");
		assertThat(bot.get("checkpoints").m().get("read").m()).containsOnlyKeys("queue:mq-orders", "queue:mq-returns");
		assertThat(bot.get("leases").m()).containsOnlyKeys("queue:mq-orders", "queue:mq-returns");

		// every output's correlation names the queue of the input it came from
		await().atMost(Duration.ofSeconds(10)).until(() -> LocalBusSupport.readAll(bus, "mq-bot-out").size() == 50);
		Map<String, String> queueOfEid = new java.util.HashMap<>();
		orders.forEach(e -> queueOfEid.put(e.eid(), "mq-orders"));
		returns.forEach(e -> queueOfEid.put(e.eid(), "mq-returns"));
		for (Event out : LocalBusSupport.readAll(bus, "mq-bot-out")) {
			assertThat(out.correlationId().source()).as("source of the output of %s", out.correlationId().start())
				.isEqualTo(queueOfEid.get(out.correlationId().start()));
			assertThat(out.payload().get("n").asInt() >= 100)
				.isEqualTo(out.correlationId().source().equals("mq-returns"));
		}
	}

	@Test
	void healthMetricsAndTheLifecycleShowAndActOnEachQueue() {
		write("ob-orders", 0, 5);
		write("ob-returns", 0, 3);
		ConfigurableApplicationContext app = start("ob-returns,ob-orders", "ob-bot");
		await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() == 8);
		Map<String, RStreamsInboundChannelAdapter> readers = Bindings.binder(app).queueReaders("relay-in-0");
		assertThat(readers).containsOnlyKeys("ob-orders", "ob-returns");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> readers.values().stream().allMatch(r -> r.checkpoint() != null && r.stats().lagEvents() == 0));

		ConsumerBinding binding = Bindings.binder(app).consumerBindings().get("relay-in-0");
		assertThat(binding.queue()).isEqualTo("ob-returns,ob-orders");
		assertThat(binding.state()).isEqualTo(BindingState.RUNNING);
		assertThat(binding.stats().eventsRead()).isEqualTo(8);
		Health health = new RStreamsBinderHealthIndicator(Bindings.binder(app)).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		Map<String, Object> details = report(health, "relay-in-0");
		assertThat(details).containsEntry("state", "RUNNING").containsEntry("queue", "ob-returns,ob-orders");
		Map<String, Map<String, Object>> queues = queues(details);
		// in the order of the destination
		assertThat(queues.keySet()).containsExactly("ob-returns", "ob-orders");
		assertThat(queues.get("ob-orders")).containsEntry("queue", "ob-orders")
			.containsEntry("leaseHeld", true)
			.containsEntry("eventsRead", 5L)
			.containsEntry("checkpoint", readers.get("ob-orders").checkpoint());
		assertThat(queues.get("ob-returns")).containsEntry("eventsRead", 3L)
			.containsEntry("checkpoint", readers.get("ob-returns").checkpoint());

		MeterRegistry meters = app.getBean(MeterRegistry.class);
		assertThat(meters.get("rstreams.consumer.events.read").tag("binding", "relay-in-0").functionCounters())
			.extracting(c -> c.getId().getTag("queue") + "=" + (long) c.count())
			.containsExactlyInAnyOrder("ob-orders=5", "ob-returns=3");
		assertThat(meters.get("rstreams.consumer.lease.held").tag("binding", "relay-in-0").gauges()).hasSize(2);

		// the bindings endpoint's pause and resume reach every queue
		BindingsLifecycleController lifecycle = app.getBean(BindingsLifecycleController.class);
		lifecycle.changeState("relay-in-0", State.PAUSED);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> readers.values().stream().allMatch(r -> r.state() == BindingState.PAUSED));
		write("ob-returns", 3, 4);
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
		assertThat(seen).hasSize(8);
		lifecycle.changeState("relay-in-0", State.RESUMED);
		await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 9);
		assertThat(seen.get(8).queue()).isEqualTo("ob-returns");

		// and stop and start: each queue stops with its final checkpoint, and reads on
		// after it
		lifecycle.changeState("relay-in-0", State.STOPPED);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> readers.values().stream().allMatch(r -> r.state() == BindingState.STOPPED));
		assertThat(LocalBusSupport.checkpoint(bus, "ob-bot", "ob-returns"))
			.isEqualTo(LocalBusSupport.readAll(bus, "ob-returns").get(3).eid());
		write("ob-orders", 5, 6);
		lifecycle.changeState("relay-in-0", State.STARTED);
		await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 10);
		assertThat(seen.get(9)).extracting(Seen::queue, Seen::n).containsExactly("ob-orders", 5);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> readers.values().stream().allMatch(r -> r.state() == BindingState.RUNNING));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> report(Health health, String binding) {
		return (Map<String, Object>) ((Map<String, Object>) health.getDetails().get("bindings")).get(binding);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Object>> queues(Map<String, Object> report) {
		return (Map<String, Map<String, Object>>) report.get("queues");
	}

	@Test
	void theLeaseIsPerQueueSoAnotherInstanceReadsTheQueueNoOneHolds() {
		write("lease-b", 0, 2);
		ConfigurableApplicationContext first = start("lease-a,lease-b", "lease-bot");
		await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() == 2);
		write("lease-c", 0, 3);
		ConfigurableApplicationContext second = start("lease-b,lease-c", "lease-bot");
		Map<String, RStreamsInboundChannelAdapter> readers = Bindings.binder(second).queueReaders("relay-in-0");
		// lease-b is the first instance's: the second stands by on it and reads lease-c
		await().atMost(Duration.ofSeconds(30))
			.until(() -> readers.get("lease-c").state() == BindingState.RUNNING
					&& readers.get("lease-b").state() == BindingState.STANDBY && seen.size() == 5);
		assertThat(seen.subList(2, 5)).extracting(Seen::queue).containsOnly("lease-c");
		ConsumerBinding binding = Bindings.binder(second).consumerBindings().get("relay-in-0");
		assertThat(binding.state()).isEqualTo(BindingState.STANDBY);
		assertThat(binding.leaseHeld()).isFalse();
		assertThat(Bindings.binder(first).consumerBindings().get("relay-in-0").leaseHeld()).isTrue();
		Health health = new RStreamsBinderHealthIndicator(Bindings.binder(second)).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(queues(report(health, "relay-in-0")).get("lease-b")).containsEntry("state", "STANDBY")
			.containsEntry("leaseHeld", false);

		// the first stops: its lease on lease-b is released and the second takes it over
		first.close();
		apps.remove(first);
		write("lease-b", 2, 3);
		await().atMost(Duration.ofSeconds(30)).until(() -> readers.get("lease-b").state() == BindingState.RUNNING);
		await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 6);
		assertThat(seen.get(5)).extracting(Seen::queue, Seen::n).containsExactly("lease-b", 2);
	}

}
