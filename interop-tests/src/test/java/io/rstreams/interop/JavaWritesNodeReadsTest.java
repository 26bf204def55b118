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

import io.rstreams.client.Event;
import io.rstreams.interop.support.InteropBotsApplication.Outbox;
import io.rstreams.interop.support.InteropExtension;
import io.rstreams.interop.support.JavaBots;
import io.rstreams.interop.support.NodeSdk;
import io.rstreams.interop.support.Queues;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import static io.rstreams.interop.support.Queues.canonical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Interop 2: a Java {@code Supplier} and a Java {@code Function} write through Kinesis;
 * Node bots read both queues with {@code read} and {@code offload} and see the very
 * envelopes and eids the Java reader sees, and the Function's {@code correlation_id} on
 * each output is what the Node SDK's {@code createCorrelation} makes of its input.
 */
@ExtendWith(InteropExtension.class)
class JavaWritesNodeReadsTest {

	private static final String IN = "java_orders";

	private static final String OUT = "java_invoices";

	@Test
	void nodeBotsReadWhatJavaBotsWrote(LocalBus bus, NodeSdk node) {
		try (ConfigurableApplicationContext app = JavaBots.start(bus, "source;javaEnrich",
				Map.of("spring.application.name", "java-writer",
						"spring.cloud.stream.bindings.source-out-0.destination", IN,
						"spring.cloud.stream.bindings.javaEnrich-in-0.destination", IN,
						"spring.cloud.stream.bindings.javaEnrich-in-0.group", "java_enricher",
						"spring.cloud.stream.bindings.javaEnrich-out-0.destination", OUT))) {
			app.getBean(Outbox.class)
				.add(List.of(Map.of("order", 1, "amount", 10.5), Map.of("order", 2, "amount", 20),
						Map.of("order", 3, "lines", List.of(Map.of("sku", "a"), Map.of("sku", "b"))),
						Map.of("order", 4, "note", "\u00fcml\u00e4ut"), Map.of("order", 5)));
			await().atMost(Duration.ofSeconds(60)).until(() -> Queues.readAll(bus.reader(), OUT).size() >= 5);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> Queues.readAll(bus.reader(), OUT)
					.get(4)
					.correlationId()
					.start()
					.equals(bus.checkpointer().readCheckpoint("java_enricher", IN)));
		}
		List<Event> javaIn = Queues.readAll(bus.reader(), IN);
		List<Event> javaOut = Queues.readAll(bus.reader(), OUT);
		assertThat(javaIn).hasSize(5);
		assertThat(javaOut).hasSize(5);
		assertThat(javaIn).extracting(Event::id).containsOnly("source");
		assertThat(javaOut).extracting(Event::id).containsOnly("java_enricher");

		List<JsonNode> nodeIn = node.read("node_in_viewer", IN);
		List<JsonNode> nodeOut = node.read("node_out_viewer", OUT);
		assertThat(canonical(nodeIn)).isEqualTo(Queues.readViews(javaIn));
		assertThat(canonical(nodeOut)).isEqualTo(Queues.readViews(javaOut));

		List<JsonNode> offloaded = node.offload("node_offloader", OUT);
		assertThat(canonical(offloaded)).isEqualTo(Queues.readViews(javaOut));
		assertThat(bus.checkpointer().readCheckpoint("node_offloader", OUT)).isEqualTo(javaOut.get(4).eid());

		List<JsonNode> expectedCorrelations = node.createCorrelations(nodeIn);
		for (int i = 0; i < 5; i++) {
			JsonNode out = nodeOut.get(i);
			assertThat(canonical(out.get("correlation_id"))).isEqualTo(canonical(expectedCorrelations.get(i)));
			assertThat(out.get("correlation_id").get("start").asString())
				.isEqualTo(nodeIn.get(i).get("eid").asString());
			assertThat(out.get("event_source_timestamp").asLong())
				.isEqualTo(nodeIn.get(i).get("event_source_timestamp").asLong());
			assertThat(out.get("payload").get("order").asInt()).isEqualTo(i + 1);
			assertThat(out.get("payload").get("seenByJava").asBoolean()).isTrue();
		}
		assertThat(nodeIn.get(3).get("payload").get("note").asString()).isEqualTo("\u00fcml\u00e4ut");
	}

}
