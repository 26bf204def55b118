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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.rstreams.client.Event;
import io.rstreams.client.bot.FanoutHash;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fanout over a binding of two queues: each queue is shared between the instances by the
 * Node SDK's hash as a single queue is, with a lease per queue and index, progress per
 * queue and instance, and each queue's checkpoint at the minimum of its instances.
 */
class MultiQueueFanoutTest {

	static LocalBus bus;

	/** Instance index to the {@code queue/eid} it handled. */
	static final Map<Integer, List<String>> handled = new ConcurrentHashMap<>();

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			return LocalBusSupport.connection(bus);
		}

		@Bean
		Consumer<Message<Map<String, Object>>> worker(
				@Value("${spring.cloud.stream.bindings.worker-in-0.consumer.instance-index}") int index) {
			return m -> handled.computeIfAbsent(index, i -> new CopyOnWriteArrayList<>())
				.add(m.getHeaders().get(RStreamsHeaders.QUEUE) + "/" + m.getHeaders().get(RStreamsHeaders.EID));
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

	@Test
	void twoInstancesShareEachQueueByHashWithAProgressAndLeasePerQueue() {
		List<String> payloads = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			payloads.add("{\"n\":" + i + "}");
		}
		LocalBusSupport.write(bus, "fan-a", "producer", payloads);
		LocalBusSupport.write(bus, "fan-b", "producer", payloads.subList(0, 40));
		List<Event> a = LocalBusSupport.readAll(bus, "fan-a");
		List<Event> b = LocalBusSupport.readAll(bus, "fan-b");
		List<ConfigurableApplicationContext> apps = new ArrayList<>();
		try {
			for (int index = 0; index < 2; index++) {
				apps.add(new SpringApplicationBuilder(App.class)
					.properties("spring.main.banner-mode=off", "spring.cloud.function.definition=worker",
							"spring.cloud.stream.bindings.worker-in-0.destination=fan-a,fan-b",
							"spring.cloud.stream.bindings.worker-in-0.group=fan-bot",
							"spring.cloud.stream.bindings.worker-in-0.consumer.instance-count=2",
							"spring.cloud.stream.bindings.worker-in-0.consumer.instance-index=" + index,
							"spring.cloud.stream.rstreams.default.consumer.start=beginning",
							"spring.cloud.stream.rstreams.default.consumer.batch-size=15",
							"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms")
					.run());
			}
			await().atMost(Duration.ofSeconds(60))
				.until(() -> handled.values().stream().mapToInt(List::size).sum() >= 100);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> a.get(59).eid().equals(LocalBusSupport.checkpoint(bus, "fan-bot", "fan-a"))
						&& b.get(39).eid().equals(LocalBusSupport.checkpoint(bus, "fan-bot", "fan-b")));

			List<String> all = new ArrayList<>();
			handled.values().forEach(all::addAll);
			List<String> expected = new ArrayList<>();
			a.forEach(e -> expected.add("fan-a/" + e.eid()));
			b.forEach(e -> expected.add("fan-b/" + e.eid()));
			assertThat(all).hasSize(100).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
			handled.forEach((index, seen) -> assertThat(seen).allSatisfy(
					h -> assertThat(FanoutHash.instanceOf(h.substring(h.indexOf('/') + 1), 2)).as(h).isEqualTo(index)));
			Map<String, AttributeValue> bot = LocalBusSupport.bot(bus, "fan-bot");
			assertThat(bot.get("fanoutCheckpoints").m()).containsOnlyKeys("queue:fan-a", "queue:fan-b");
			assertThat(bot.get("fanoutCheckpoints").m().get("queue:fan-b").m()).containsKeys("count", "0", "1");
			assertThat(bot.get("leases").m()).containsOnlyKeys("queue:fan-a#0", "queue:fan-a#1", "queue:fan-b#0",
					"queue:fan-b#1");
		}
		finally {
			apps.forEach(ConfigurableApplicationContext::close);
		}
	}

}
