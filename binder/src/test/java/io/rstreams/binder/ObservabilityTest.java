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
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.client.Event;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators see: health per binding, Micrometer meters, lag while paused, and a
 * stale checkpoint going DOWN.
 */
@SpringBootTest(classes = ObservabilityTest.App.class,
		properties = { "spring.cloud.function.definition=watched;copy",
				"spring.cloud.stream.bindings.watched-in-0.destination=watched",
				"spring.cloud.stream.bindings.watched-in-0.group=watched-bot",
				"spring.cloud.stream.bindings.copy-in-0.destination=to-copy",
				"spring.cloud.stream.bindings.copy-in-0.group=copy-bot",
				"spring.cloud.stream.bindings.copy-out-0.destination=copied",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
				"spring.cloud.stream.rstreams.default.consumer.lag-interval=100ms",
				"management.endpoint.health.show-details=always" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityTest {

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		@Bean
		Consumer<Map<String, Object>> watched() {
			return m -> {
			};
		}

		@Bean
		Function<Map<String, Object>, Map<String, Object>> copy() {
			return m -> m;
		}

	}

	@Autowired
	LocalBus bus;

	@Autowired
	MeterRegistry meters;

	@Autowired
	HealthEndpoint health;

	@Autowired
	ApplicationContext context;

	double meter(String name, String binding) {
		var meter = meters.find(name).tag("binding", binding).meter();
		assertThat(meter).as(name).isNotNull();
		return meter.measure().iterator().next().getValue();
	}

	static List<String> payloads(int from, int to) {
		List<String> list = new ArrayList<>();
		for (int i = from; i < to; i++) {
			list.add("{\"n\":" + i + "}");
		}
		return list;
	}

	@Test
	@Order(1)
	void metersCountWhatHappened() {
		LocalBusSupport.write(bus, "watched", "p", payloads(0, 30), System.currentTimeMillis() - 5000);
		LocalBusSupport.write(bus, "to-copy", "p", payloads(0, 12));
		List<Event> watched = LocalBusSupport.readAll(bus, "watched");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> watched.get(29).eid().equals(LocalBusSupport.checkpoint(bus, "watched-bot", "watched")));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> meter("rstreams.producer.events.written", "copy-out-0") == 12);

		assertThat(meter("rstreams.consumer.events.read", "watched-in-0")).isEqualTo(30);
		assertThat(meter("rstreams.consumer.events.failed", "watched-in-0")).isZero();
		assertThat(meter("rstreams.consumer.checkpoints", "watched-in-0")).isGreaterThanOrEqualTo(1);
		assertThat(meter("rstreams.consumer.lease.held", "watched-in-0")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(5)).until(() -> meter("rstreams.consumer.lag.events", "watched-in-0") == 0);
		assertThat(meter("rstreams.consumer.lag.time", "watched-in-0")).isGreaterThanOrEqualTo(5.0);
		assertThat(meters.find("rstreams.consumer.events.read")
			.tag("binding", "watched-in-0")
			.tag("queue", "watched")
			.tag("bot", "watched-bot")
			.meter()).isNotNull();
		assertThat(meter("rstreams.producer.events.failed", "copy-out-0")).isZero();
	}

	@Test
	@Order(2)
	void lagGrowsWhilePausedAndHealthShowsEachBinding() {
		RStreamsInboundChannelAdapter watched = Bindings.consumer(context, "watched-in-0");
		watched.pause();
		await().atMost(Duration.ofSeconds(5)).until(() -> watched.state() == BindingState.PAUSED);
		LocalBusSupport.write(bus, "watched", "p", payloads(100, 125));
		await().atMost(Duration.ofSeconds(10)).until(() -> meter("rstreams.consumer.lag.events", "watched-in-0") == 25);

		var rstreams = (org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor) health
			.healthForPath("binders");
		assertThat(rstreams.getStatus()).isEqualTo(Status.UP);
		var binder = (org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor) health
			.healthForPath("binders", "rstreams");
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> bindings = (Map<String, Map<String, Object>>) binder.getDetails()
			.get("bindings");
		assertThat(bindings.get("watched-in-0")).containsEntry("state", "PAUSED")
			.containsEntry("leaseHeld", true)
			.containsEntry("lagEvents", "25")
			.containsEntry("bot", "watched-bot")
			.containsKey("lastCheckpointAt");
		watched.resume();
		await().atMost(Duration.ofSeconds(10)).until(() -> meter("rstreams.consumer.lag.events", "watched-in-0") == 0);
	}

	@Test
	@Order(3)
	void aStaleCheckpointStopsTheBindingAndTurnsHealthDown() {
		RStreamsInboundChannelAdapter watched = Bindings.consumer(context, "watched-in-0");
		List<Event> all = LocalBusSupport.readAll(bus, "watched");
		// someone else moves this bot's checkpoint behind the binding's back
		bus.checkpointer()
			.forceCheckpoint("watched-bot", "watched", new Checkpoint(all.get(3).eid(), null, null, null, 1L));
		LocalBusSupport.write(bus, "watched", "p", payloads(200, 201));
		await().atMost(Duration.ofSeconds(10)).until(() -> watched.state() == BindingState.STALE);
		assertThat(watched.lastError()).hasMessageContaining("Stale Checkpoint");
		var binder = (org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor) health
			.healthForPath("binders", "rstreams");
		assertThat(binder.getStatus()).isEqualTo(Status.DOWN);
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> bindings = (Map<String, Map<String, Object>>) binder.getDetails()
			.get("bindings");
		assertThat(bindings.get("watched-in-0")).containsEntry("state", "STALE");
		assertThat((String) bindings.get("watched-in-0").get("lastError")).contains("Stale Checkpoint");
		assertThat(bindings.get("copy-in-0")).containsEntry("state", "RUNNING");
		assertThat(LocalBusSupport.checkpoint(bus, "watched-bot", "watched")).isEqualTo(all.get(3).eid());
	}

}
