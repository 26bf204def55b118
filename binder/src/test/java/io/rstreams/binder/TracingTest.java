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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A trace follows an event through two Java bots: the envelope's {@code traceparent} is
 * continued by the binding's observations (Brave here) and written on the output event,
 * so the next bot joins the same trace.
 */
@SpringBootTest(classes = TracingTest.App.class,
		properties = { "spring.cloud.function.definition=relay;sink",
				"spring.cloud.stream.bindings.relay-in-0.destination=traced-in",
				"spring.cloud.stream.bindings.relay-in-0.group=relay-bot",
				"spring.cloud.stream.bindings.relay-out-0.destination=traced-mid",
				"spring.cloud.stream.bindings.sink-in-0.destination=traced-mid",
				"spring.cloud.stream.bindings.sink-in-0.group=sink-bot",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
				"management.tracing.sampling.probability=1.0" })
class TracingTest {

	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
	static final String PARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		final List<Message<Map<String, Object>>> received = new CopyOnWriteArrayList<>();

		@Bean
		Function<Map<String, Object>, Map<String, Object>> relay() {
			return m -> m;
		}

		@Bean
		Consumer<Message<Map<String, Object>>> sink() {
			return received::add;
		}

	}

	@Autowired
	App app;

	@Autowired
	LocalBus bus;

	@Test
	void theTraceContinuesAcrossBots() {
		try (QueueWriter writer = bus.writer("traced-source")) {
			writer.write(Event.builder()
				.event("traced-in")
				.payload(Json.mapper().createObjectNode().put("n", 1))
				.extra("traceparent", Json.mapper().getNodeFactory().stringNode(PARENT))
				.build());
			writer.flush().join();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> !app.received.isEmpty());

		Event middle = LocalBusSupport.readAll(bus, "traced-mid").get(0);
		String written = middle.extra().get("traceparent").asString();
		assertThat(written).startsWith("00-" + TRACE_ID + "-").isNotEqualTo(PARENT);

		Object header = app.received.get(0).getHeaders().get(RStreamsHeaders.TRACEPARENT);
		assertThat(header).isEqualTo(written);
		assertThat(app.received.get(0).getHeaders()).doesNotContainKey(RStreamsHeaders.EXTRA);
	}

}
