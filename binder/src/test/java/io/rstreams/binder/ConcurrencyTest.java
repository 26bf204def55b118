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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One reader, four workers: events of one customer stay in order, and checkpoints only
 * cover finished work.
 */
@SpringBootTest(classes = ConcurrencyTest.App.class,
		properties = { "spring.cloud.function.definition=worker",
				"spring.cloud.stream.bindings.worker-in-0.destination=jobs",
				"spring.cloud.stream.bindings.worker-in-0.group=parallel-bot",
				"spring.cloud.stream.bindings.worker-in-0.consumer.concurrency=4",
				"spring.cloud.stream.bindings.worker-in-0.consumer.max-attempts=1",
				"spring.cloud.stream.rstreams.bindings.worker-in-0.consumer.ordering-key-expression=payload.customer",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.batch-size=100",
				"spring.cloud.stream.rstreams.default.consumer.error-backoff=100ms",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms" })
class ConcurrencyTest {

	record Handled(String thread, String customer, int n) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		final List<Handled> handled = new CopyOnWriteArrayList<>();

		final AtomicBoolean failedOnce = new AtomicBoolean();

		@Bean
		Consumer<Map<String, Object>> worker() {
			return job -> {
				int n = ((Number) job.get("n")).intValue();
				if (n == 57 && failedOnce.compareAndSet(false, true)) {
					throw new IllegalStateException("transient failure of job 57");
				}
				try {
					Thread.sleep(3);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				handled.add(new Handled(Thread.currentThread().getName(), (String) job.get("customer"), n));
			};
		}

	}

	@Autowired
	App app;

	@Autowired
	LocalBus bus;

	@Test
	void perKeyOrderWithParallelWorkersAndNoLoss() {
		String[] customers = { "acme", "globex", "initech", "umbrella", "hooli", "stark" };
		List<String> payloads = new ArrayList<>();
		for (int i = 0; i < 240; i++) {
			payloads.add("{\"n\":" + i + ",\"customer\":\"" + customers[i % customers.length] + "\"}");
		}
		LocalBusSupport.write(bus, "jobs", "producer", payloads);
		List<Event> jobs = LocalBusSupport.readAll(bus, "jobs");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jobs.get(239).eid().equals(LocalBusSupport.checkpoint(bus, "parallel-bot", "jobs")));

		Set<Integer> done = ConcurrentHashMap.newKeySet();
		app.handled.forEach(h -> done.add(h.n()));
		assertThat(done).hasSize(240);
		assertThat(app.failedOnce).isTrue();
		assertThat(app.handled.stream().map(Handled::thread).distinct().count()).isGreaterThanOrEqualTo(2);
		assertThat(app.handled.stream().map(Handled::thread)).allMatch(t -> t.contains("-worker-"));
		// one customer's jobs are handled in order: the first time each job is handled,
		// its n is larger than all
		// earlier first-handled jobs of that customer (re-deliveries after job 57's
		// failure are repeats)
		Map<String, List<Integer>> firsts = new ConcurrentHashMap<>();
		Set<Integer> seen = ConcurrentHashMap.newKeySet();
		for (Handled h : app.handled) {
			if (seen.add(h.n())) {
				firsts.computeIfAbsent(h.customer(), c -> new ArrayList<>()).add(h.n());
			}
		}
		assertThat(firsts).hasSize(customers.length);
		firsts.forEach((customer, ns) -> assertThat(ns).as(customer).isSorted().hasSize(40));
		long duplicates = app.handled.size() - 240;
		assertThat(duplicates).as("events handled again after the failure").isLessThanOrEqualTo(100);
	}

}
