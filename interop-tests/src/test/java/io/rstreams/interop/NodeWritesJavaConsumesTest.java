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

import io.rstreams.binder.RStreamsHeaders;
import io.rstreams.client.Correlation;
import io.rstreams.client.codec.EventCodec;
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
 * Interop 1: a Node bot writes with {@code load} and {@code putEvent} to the bus's
 * Kinesis stream (kinesis-local), the local bus's processor stores what it polls, and a
 * Java {@code Consumer} bound with the binder receives each payload, {@code id},
 * {@code event_source_timestamp} and {@code correlation_id} the Node bot set, with the
 * eids the Node SDK's own reader sees.
 */
@ExtendWith(InteropExtension.class)
class NodeWritesJavaConsumesTest {

	private static final String QUEUE = "node_to_java";

	private static final Map<String, Object> UPSTREAM = Map.of("source", "upstream_q", "start",
			"z/2024/01/01/00/00/1704067200000-0000007", "units", 1);

	private static final Map<String, Object> UPSTREAM_RANGE = Map.of("source", "upstream_q", "start",
			"z/2024/01/01/00/00/1704067200000-0000008", "end", "z/2024/01/01/00/00/1704067200000-0000010", "units", 3);

	@Test
	void aJavaConsumerReceivesWhatANodeBotWrote(LocalBus bus, NodeSdk node) {
		node.load(
				"node_producer", QUEUE, List.of(
						Map.of("payload",
								Map.of("n", 1, "text", "h\u00e9llo \u2713", "nested",
										Map.of("list", List.of(1, 2.5, "x"))),
								"event_source_timestamp", 1_700_000_000_001L, "correlation_id", UPSTREAM),
						Map.of("payload", Map.of("n", 2, "flag", false), "event_source_timestamp", 1_700_000_000_002L,
								"correlation_id", UPSTREAM_RANGE),
						Map.of("n", 3)));
		node.putEvent("node_putter", "queue:" + QUEUE, Map.of("n", 4));
		Queues.awaitStored(bus.reader(), QUEUE, 4);
		List<JsonNode> nodeView = node.read("node_viewer", QUEUE);
		assertThat(nodeView).hasSize(4);

		try (ConfigurableApplicationContext app = JavaBots.start(bus, "collectA",
				Map.of("spring.cloud.stream.bindings.collectA-in-0.destination", QUEUE,
						"spring.cloud.stream.bindings.collectA-in-0.group", "java_consumer"))) {
			List<Message<Map<String, Object>>> received = app.getBean(Inbox.class).of("collectA");
			await().atMost(Duration.ofSeconds(60)).until(() -> received.size() >= 4);
			assertThat(received).hasSize(4);

			for (int i = 0; i < 4; i++) {
				Message<Map<String, Object>> m = received.get(i);
				JsonNode expected = nodeView.get(i);
				assertThat(canonical(m.getPayload())).isEqualTo(canonical(expected.get("payload")));
				assertThat(m.getHeaders().get(RStreamsHeaders.EID)).isEqualTo(expected.get("eid").asString());
				assertThat(m.getHeaders().get(RStreamsHeaders.ID)).isEqualTo(expected.get("id").asString());
				assertThat(m.getHeaders().get(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP))
					.isEqualTo(expected.get("event_source_timestamp").asLong());
				assertThat(m.getHeaders().get(RStreamsHeaders.TIMESTAMP)).isEqualTo(expected.get("timestamp").asLong());
				assertThat(m.getHeaders().get(RStreamsHeaders.CORRELATION_ID))
					.isEqualTo(EventCodec.fromJson(expected.get("correlation_id")));
			}
			assertThat(received.get(0).getPayload()).containsEntry("text", "h\u00e9llo \u2713");
			assertThat(received.get(0).getHeaders().get(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP))
				.isEqualTo(1_700_000_000_001L);
			assertThat(received.get(0).getHeaders().get(RStreamsHeaders.CORRELATION_ID)).isEqualTo(
					new Correlation("upstream_q", "z/2024/01/01/00/00/1704067200000-0000007", null, 1L, false, false));
			assertThat(received.get(1).getHeaders().get(RStreamsHeaders.CORRELATION_ID))
				.isEqualTo(new Correlation("upstream_q", "z/2024/01/01/00/00/1704067200000-0000008",
						"z/2024/01/01/00/00/1704067200000-0000010", 3L, false, true));
			assertThat(received).extracting(m -> m.getHeaders().get(RStreamsHeaders.ID))
				.containsExactly("node_producer", "node_producer", "node_producer", "node_putter");
			assertThat(received.get(2).getHeaders().get(RStreamsHeaders.CORRELATION_ID)).isNull();
			assertThat(received.get(3).getPayload()).isEqualTo(Map.of("n", 4));
			assertThat(received).extracting(m -> m.getHeaders().get(RStreamsHeaders.QUEUE)).containsOnly(QUEUE);

			await().atMost(Duration.ofSeconds(20))
				.until(() -> nodeView.get(3)
					.get("eid")
					.asString()
					.equals(bus.checkpointer().readCheckpoint("java_consumer", QUEUE)));
		}
		assertThat(bus.kinesisFeed().orElseThrow().poller().stats().records()).isPositive();
	}

}
