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
package io.rstreams.interop;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.rstreams.autoconfigure.RStreamsClientCustomizer;
import io.rstreams.client.Event;
import io.rstreams.interop.support.InteropExtension;
import io.rstreams.interop.support.JavaBots;
import io.rstreams.interop.support.PartialFailureInterceptor;
import io.rstreams.interop.support.Queues;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.kinesis.KinesisPoller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClientBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kinesis throttling of single entries (a partial {@code PutRecords} failure, protocol.md
 * 5.1 "Retries"): the binder retries the failed entries only, so every event is stored
 * exactly once, in its own queue, although a third of the entries of each call is refused
 * at least once. The refusals are made by an interceptor on the binder's
 * {@code KinesisAsyncClient}; the stream (kinesis-local) only receives what "succeeded",
 * as with AWS.
 */
@ExtendWith(InteropExtension.class)
class PartialPutRecordsFailuresTest {

	static final PartialFailureInterceptor INTERCEPTOR = new PartialFailureInterceptor();

	private static final int EVENTS = 400;

	@Configuration(proxyBeanMethods = false)
	static class Faults {

		@Bean
		RStreamsClientCustomizer failSomeKinesisEntries() {
			return new RStreamsClientCustomizer() {
				@Override
				public void customize(KinesisAsyncClientBuilder builder) {
					builder.overrideConfiguration(c -> c.addExecutionInterceptor(INTERCEPTOR));
				}
			};
		}

	}

	@Test
	void failedEntriesAloneAreRetriedAndEveryEventIsStoredOnce(LocalBus bus) {
		KinesisPoller poller = bus.kinesisFeed().orElseThrow().poller();
		long recordsBefore = poller.stats().records();
		try (ConfigurableApplicationContext app = JavaBots.start(bus, "collectA",
				JavaBots.properties("spring.application.name", "throttled_app",
						"spring.cloud.stream.bindings.collectA-in-0.destination", "unused_throttle_input",
						"spring.cloud.stream.bindings.even.destination", "throttled_even",
						"spring.cloud.stream.bindings.odd.destination", "throttled_odd",
						"spring.cloud.stream.rstreams.default.producer.chunk-records", "4",
						"spring.cloud.stream.rstreams.default.producer.batch-records", "25"),
				Faults.class)) {
			StreamBridge bridge = app.getBean(StreamBridge.class);
			for (int n = 0; n < EVENTS; n++) {
				assertThat(bridge.send(n % 2 == 0 ? "even" : "odd", Map.of("n", n))).isTrue();
			}
			await().atMost(Duration.ofSeconds(90))
				.until(() -> Queues.readAll(bus.reader(), "throttled_even").size()
						+ Queues.readAll(bus.reader(), "throttled_odd").size() >= EVENTS);
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> poller.stats().records() - recordsBefore == INTERCEPTOR.acceptedEntries());

		long accepted = INTERCEPTOR.acceptedEntries();
		assertThat(accepted).as("records of at most 4 events").isGreaterThanOrEqualTo(EVENTS / 4);
		assertThat(INTERCEPTOR.injectedFailures()).as("entries refused").isGreaterThanOrEqualTo(accepted / 4);
		assertThat(INTERCEPTOR.calls()).as("PutRecords calls, retries included").isGreaterThan(accepted / 25);

		List<Event> even = Queues.readAll(bus.reader(), "throttled_even");
		List<Event> odd = Queues.readAll(bus.reader(), "throttled_odd");
		assertThat(even).extracting(e -> e.payload().get("n").asInt())
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, EVENTS).filter(n -> n % 2 == 0).boxed().toList());
		assertThat(odd).extracting(e -> e.payload().get("n").asInt())
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, EVENTS).filter(n -> n % 2 == 1).boxed().toList());
		assertThat(even).extracting(Event::event).containsOnly("throttled_even");
		assertThat(odd).extracting(Event::event).containsOnly("throttled_odd");
		assertThat(even).extracting(Event::eid).doesNotHaveDuplicates();
	}

}
