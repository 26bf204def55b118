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

import io.rstreams.binder.RStreamsHeaders;
import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.interop.support.InteropBotsApplication.Inbox;
import io.rstreams.interop.support.InteropExtension;
import io.rstreams.interop.support.JavaBots;
import io.rstreams.interop.support.NodeSdk;
import io.rstreams.interop.support.Queues;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;

import static io.rstreams.interop.support.Queues.canonical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Interop 3: one bot id, read in turn by a Java binding and by the Node SDK, resumes
 * exactly after whatever the other checkpointed in LeoCron (protocol.md 7.1); and a
 * pipeline where a Node {@code enrich} bot and a Java Function bot each read the other's
 * output, with correlations and checkpoints as the Node SDK makes them.
 */
@ExtendWith(InteropExtension.class)
class CheckpointHandoverTest {

	private static List<Map<String, Object>> payloads(int from, int to) {
		return IntStream.rangeClosed(from, to).<Map<String, Object>>mapToObj(k -> Map.of("k", k)).toList();
	}

	private static ConfigurableApplicationContext javaBot(LocalBus bus, String bot, String queue) {
		return JavaBots.start(bus, "collectA", Map.of("spring.cloud.stream.bindings.collectA-in-0.destination", queue,
				"spring.cloud.stream.bindings.collectA-in-0.group", bot));
	}

	@Test
	void theSameBotResumesAfterTheOtherSidesCheckpoint(LocalBus bus, NodeSdk node) {
		String queue = "handover_q";
		String bot = "handover_bot";
		node.load("handover_producer", queue, payloads(1, 4));
		try (ConfigurableApplicationContext java = javaBot(bus, bot, queue)) {
			List<Message<Map<String, Object>>> got = java.getBean(Inbox.class).of("collectA");
			await().atMost(Duration.ofSeconds(60)).until(() -> got.size() >= 4);
			String last = (String) got.get(3).getHeaders().get(RStreamsHeaders.EID);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> last.equals(bus.checkpointer().readCheckpoint(bot, queue)));
			assertThat(got).extracting(m -> m.getPayload().get("k")).containsExactly(1, 2, 3, 4);
		}
		String javaCheckpoint = bus.checkpointer().readCheckpoint(bot, queue);

		node.load("handover_producer", queue, payloads(5, 7));
		List<Event> all = Queues.awaitStored(bus.reader(), queue, 7);
		List<JsonNode> nodeRead = node.readAndCheckpoint(bot, queue);
		assertThat(all.get(3).eid()).isEqualTo(javaCheckpoint);
		assertThat(nodeRead).extracting(e -> e.get("payload").get("k").asInt()).containsExactly(5, 6, 7);
		assertThat(nodeRead.get(0).get("eid").asString()).isEqualTo(all.get(4).eid());
		assertThat(bus.checkpointer().readCheckpoint(bot, queue)).isEqualTo(all.get(6).eid());

		node.load("handover_producer", queue, payloads(8, 9));
		List<Event> now = Queues.awaitStored(bus.reader(), queue, 9);
		try (ConfigurableApplicationContext java = javaBot(bus, bot, queue)) {
			List<Message<Map<String, Object>>> got = java.getBean(Inbox.class).of("collectA");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> now.get(8).eid().equals(bus.checkpointer().readCheckpoint(bot, queue)));
			assertThat(got).extracting(m -> m.getPayload().get("k")).containsExactly(8, 9);
			assertThat(got.get(0).getHeaders().get(RStreamsHeaders.EID)).isEqualTo(now.get(7).eid());
		}
		assertThat(node.read(bot, queue)).isEmpty();
	}

	@Test
	void aNodeEnrichBotAndAJavaFunctionBotInOnePipeline(LocalBus bus, NodeSdk node) {
		List<Map<String, Object>> sources = IntStream.rangeClosed(1, 6)
			.<Map<String, Object>>mapToObj(
					k -> Map.of("payload", Map.of("k", k), "event_source_timestamp", 1_700_000_000_000L + k))
			.toList();
		node.load("pipe_source", "pipe_in", sources);
		Queues.awaitStored(bus.reader(), "pipe_in", 6);
		assertThat(node.enrich("node_enricher", "pipe_in", "pipe_mid", "seenByNode")).isEqualTo(6);

		Queues.awaitStored(bus.reader(), "pipe_mid", 6);
		try (ConfigurableApplicationContext java = JavaBots.start(bus, "javaEnrich",
				Map.of("spring.cloud.stream.bindings.javaEnrich-in-0.destination", "pipe_mid",
						"spring.cloud.stream.bindings.javaEnrich-in-0.group", "java_enricher",
						"spring.cloud.stream.bindings.javaEnrich-out-0.destination", "pipe_out"))) {
			await().atMost(Duration.ofSeconds(60)).until(() -> Queues.readAll(bus.reader(), "pipe_out").size() >= 6);
			List<Event> mid = Queues.readAll(bus.reader(), "pipe_mid");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> mid.get(5).eid().equals(bus.checkpointer().readCheckpoint("java_enricher", "pipe_mid")));
		}
		List<Event> in = Queues.readAll(bus.reader(), "pipe_in");
		List<Event> mid = Queues.readAll(bus.reader(), "pipe_mid");
		List<Event> out = Queues.readAll(bus.reader(), "pipe_out");
		assertThat(in).hasSize(6);
		assertThat(mid).hasSize(6);
		assertThat(out).hasSize(6);
		for (int i = 0; i < 6; i++) {
			assertThat(mid.get(i).id()).isEqualTo("node_enricher");
			assertThat(mid.get(i).correlationId()).isEqualTo(Correlation.of(in.get(i)));
			assertThat(out.get(i).id()).isEqualTo("java_enricher");
			assertThat(out.get(i).correlationId()).isEqualTo(Correlation.of(mid.get(i)));
			assertThat(out.get(i).eventSourceTimestamp()).isEqualTo(1_700_000_000_001L + i)
				.isEqualTo(mid.get(i).eventSourceTimestamp());
			assertThat(canonical(out.get(i).payload()))
				.isEqualTo(canonical(Map.of("k", i + 1, "seenByNode", true, "seenByJava", true)));
		}
		assertThat(bus.checkpointer().readCheckpoint("node_enricher", "pipe_in")).isEqualTo(in.get(5).eid());

		List<JsonNode> nodeView = node.offload("pipe_sink", "pipe_out");
		assertThat(canonical(nodeView)).isEqualTo(Queues.readViews(out));
		assertThat(canonical(node.createCorrelations(canonical(Queues.readViews(mid)))))
			.isEqualTo(canonical(nodeView.stream().map(e -> e.get("correlation_id")).toList()));
	}

}
