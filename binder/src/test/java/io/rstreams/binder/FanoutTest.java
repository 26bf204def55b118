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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances of one bot share a queue (instance-count 3): between them every event
 * is handled exactly once, each by the instance the Node SDK's fanout hash names, and the
 * bot's checkpoint is the minimum of their progress.
 */
class FanoutTest {

	static LocalBus bus;
	static final Map<Integer, List<String>> handled = new ConcurrentHashMap<>();

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			return LocalBusSupport.connection(bus);
		}

		@Bean
		Consumer<org.springframework.messaging.Message<Map<String, Object>>> worker(
				@Value("${spring.cloud.stream.bindings.worker-in-0.consumer.instance-index}") int index) {
			return m -> handled.computeIfAbsent(index, i -> new CopyOnWriteArrayList<>())
				.add((String) m.getHeaders().get(RStreamsHeaders.EID));
		}

	}

	@BeforeAll
	static void start() {
		bus = LocalBus.start();
	}

	@AfterAll
	static void stop() {
		bus.close();
	}

	/**
	 * The Node SDK's hashCode in JavaScript's 32-bit arithmetic, written out
	 * independently of String.hashCode.
	 */
	static int nodeHash(String s) {
		int hash = 0;
		for (int i = 0; i < s.length(); i++) {
			hash = ((hash << 5) - hash) + s.charAt(i);
			hash |= 0;
		}
		return hash;
	}

	@Test
	void threeInstancesCoverEveryEventExactlyOnce() {
		List<String> payloads = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			payloads.add("{\"n\":" + i + "}");
		}
		LocalBusSupport.write(bus, "shared-work", "producer", payloads);
		List<Event> events = LocalBusSupport.readAll(bus, "shared-work");
		List<ConfigurableApplicationContext> apps = new ArrayList<>();
		try {
			for (int index = 0; index < 3; index++) {
				apps.add(new SpringApplicationBuilder(App.class)
					.properties("spring.main.banner-mode=off", "spring.cloud.function.definition=worker",
							"spring.cloud.stream.bindings.worker-in-0.destination=shared-work",
							"spring.cloud.stream.bindings.worker-in-0.group=fanout-bot",
							"spring.cloud.stream.bindings.worker-in-0.consumer.instance-count=3",
							"spring.cloud.stream.bindings.worker-in-0.consumer.instance-index=" + index,
							"spring.cloud.stream.rstreams.default.consumer.start=beginning",
							"spring.cloud.stream.rstreams.default.consumer.batch-size=40",
							"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms")
					.run());
			}
			await().atMost(Duration.ofSeconds(60))
				.until(() -> handled.values().stream().mapToInt(List::size).sum() >= 300);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> events.get(299)
					.eid()
					.equals(LocalBusSupport.checkpoint(bus, "fanout-bot", "shared-work")));

			List<String> all = new ArrayList<>();
			handled.values().forEach(all::addAll);
			assertThat(all).hasSize(300)
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(events.stream().map(Event::eid).toList());
			for (Map.Entry<Integer, List<String>> e : handled.entrySet()) {
				assertThat(e.getValue()).isNotEmpty();
				for (String eid : e.getValue()) {
					assertThat((int) (Math.abs((long) nodeHash(eid)) % 3)).as("instance of %s", eid)
						.isEqualTo(e.getKey());
					assertThat(FanoutHash.instanceOf(eid, 3)).isEqualTo(e.getKey());
				}
			}
			Map<String, AttributeValue> progress = LocalBusSupport.bot(bus, "fanout-bot")
				.get("fanoutCheckpoints")
				.m()
				.get("queue:shared-work")
				.m();
			assertThat(progress.get("count").n()).isEqualTo("3");
			assertThat(progress.keySet()).contains("0", "1", "2");
		}
		finally {
			apps.forEach(ConfigurableApplicationContext::close);
		}
	}

}
