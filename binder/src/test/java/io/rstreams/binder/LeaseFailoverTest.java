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

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.client.leocron.BotLease;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of one bot: the first (another JVM) reads, the second stands by; killing
 * the first (no shutdown, no lease release, like a crash) lets the second take over
 * within the lease time, and between them every event is handled, the only duplicates
 * being the killed instance's last uncheckpointed batch.
 */
class LeaseFailoverTest {

	static final int EVENTS = 300;
	static final int BATCH = 20;
	static LocalBus bus;
	static final List<Integer> standbyConsumed = new CopyOnWriteArrayList<>();

	Process child;

	ConfigurableApplicationContext standby;

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class StandbyApp {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			return LocalBusSupport.connection(bus);
		}

		@Bean
		Consumer<Map<String, Object>> reader() {
			return event -> standbyConsumed.add(((Number) event.get("n")).intValue());
		}

	}

	static final String[] PROPERTIES = { "spring.main.banner-mode=off", "spring.cloud.function.definition=reader",
			"spring.cloud.stream.bindings.reader-in-0.destination=shared",
			"spring.cloud.stream.bindings.reader-in-0.group=shared-bot",
			"spring.cloud.stream.rstreams.default.consumer.start=beginning",
			"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
			"spring.cloud.stream.rstreams.default.consumer.batch-size=" + BATCH,
			"spring.cloud.stream.rstreams.default.consumer.lease-duration=3s",
			"spring.cloud.stream.rstreams.default.consumer.lease-renew-interval=500ms",
			"spring.cloud.stream.rstreams.default.consumer.lease-retry-interval=200ms" };

	@AfterEach
	void stop() {
		if (child != null) {
			child.destroyForcibly();
		}
		if (standby != null) {
			standby.close();
		}
		if (bus != null) {
			bus.close();
		}
		standbyConsumed.clear();
	}

	@Test
	void theStandbyTakesOverWhenTheOwnerDiesAndNothingIsLost() throws Exception {
		bus = LocalBus.start();
		List<String> payloads = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			payloads.add("{\"n\":" + i + "}");
		}
		LocalBusSupport.write(bus, "shared", "producer", payloads);

		List<String> command = new ArrayList<>(
				List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java", "-Xmx256m",
						"-Drstreams.test.endpoint=" + bus.endpoint(), "-Drstreams.test.bus=" + bus.config().toJson(),
						"-Drstreams.test.delay=15", "-cp", System.getProperty("java.class.path"),
						LeaseChildApp.class.getName()));
		for (String p : PROPERTIES) {
			command.add("--" + p);
		}
		child = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<Integer> ownerConsumed = new CopyOnWriteArrayList<>();
		List<String> childOutput = new CopyOnWriteArrayList<>();
		Thread pump = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					childOutput.add(line);
					if (line.startsWith("CONSUMED ")) {
						ownerConsumed.add(Integer.parseInt(line.substring(9).trim()));
					}
				}
			}
			catch (Exception ignored) {
				// the process was killed
			}
		});
		pump.start();
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> ownerConsumed.size() >= 60);
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			throw new AssertionError(
					"The first instance did not consume; its output:\n" + String.join("\n", childOutput), ex);
		}

		standby = new SpringApplicationBuilder(StandbyApp.class).properties(PROPERTIES).run();
		RStreamsInboundChannelAdapter adapter = Bindings.consumer(standby, "reader-in-0");
		await().atMost(Duration.ofSeconds(10)).until(() -> adapter.state() == BindingState.STANDBY);
		assertThat(adapter.leaseHeld()).isFalse();
		String holder = BotLease.holder(LocalBusSupport.bot(bus, "shared-bot"), "queue:shared",
				System.currentTimeMillis());
		assertThat(holder).isNotNull().isNotEqualTo(adapter.owner());
		assertThat(standbyConsumed).isEmpty();

		child.destroyForcibly().waitFor();
		pump.join(5000);
		long killedAt = System.currentTimeMillis();
		int consumedByOwner = ownerConsumed.size();
		await().atMost(Duration.ofSeconds(15)).until(() -> !standbyConsumed.isEmpty());
		long takeover = System.currentTimeMillis() - killedAt;
		assertThat(takeover).as("takeover time in ms").isLessThan(3000 + 2000);
		await().atMost(Duration.ofSeconds(60)).until(() -> standbyConsumed.contains(EVENTS - 1));
		assertThat(adapter.state()).isEqualTo(BindingState.RUNNING);
		assertThat(adapter.stats().leaseAcquisitions()).isEqualTo(1);

		Set<Integer> all = new TreeSet<>(ownerConsumed);
		all.addAll(standbyConsumed);
		assertThat(all).as("every event handled by one of the instances").hasSize(EVENTS);
		Set<Integer> both = new TreeSet<>(ownerConsumed);
		both.retainAll(standbyConsumed);
		assertThat(both.size())
			.as("handled by both (owner handled %d before it died, takeover in %d ms)", consumedByOwner, takeover)
			.isLessThanOrEqualTo(BATCH);
		assertThat(standbyConsumed).doesNotHaveDuplicates();
		org.slf4j.LoggerFactory.getLogger(LeaseFailoverTest.class)
			.info("Fail-over: owner handled {} events before it was killed, standby took over after {} ms, {} events handled twice",
					consumedByOwner, takeover, both.size());
	}

}
