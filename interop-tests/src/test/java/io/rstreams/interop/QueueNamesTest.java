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
import io.rstreams.client.Event;
import io.rstreams.interop.support.InteropBotsApplication.Inbox;
import io.rstreams.interop.support.InteropExtension;
import io.rstreams.interop.support.JavaBots;
import io.rstreams.interop.support.NodeSdk;
import io.rstreams.interop.support.Queues;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.Message;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Interop 4: queue names with type prefixes ({@code queue:}, {@code bot:},
 * {@code system:}), dots, and the {@code e_} prefix the Node SDK strips (protocol.md 3.2)
 * name the same queue, and the same checkpoint key, whichever side spells them and
 * however.
 */
@ExtendWith(InteropExtension.class)
class QueueNamesTest {

	private static final String BOT = "names_bot";

	private static Map<String, Object> put(String queue, String w) {
		return Map.of("bot", "node_names", "queue", queue, "payload", Map.of("w", w));
	}

	@Test
	void bothSidesResolveEverySpellingToTheSameQueue(LocalBus bus, NodeSdk node) {
		node.putEvents(List.of(put("queue:names.orders.v1", "dotted"), put("bot:names_y", "bot ref"),
				put("e_names_z", "e_ prefix"), put("system:names_s", "system ref")));

		try (ConfigurableApplicationContext java = JavaBots.start(bus, "collectA;collectB;collectC;collectD",
				JavaBots.properties("spring.application.name", "java_names",
						"spring.cloud.stream.bindings.collectA-in-0.destination", "names.orders.v1",
						"spring.cloud.stream.bindings.collectB-in-0.destination", "bot:names_y",
						"spring.cloud.stream.bindings.collectC-in-0.destination", "queue:names_z",
						"spring.cloud.stream.bindings.collectD-in-0.destination", "system.names_s",
						"spring.cloud.stream.bindings.collectA-in-0.group", BOT,
						"spring.cloud.stream.bindings.collectB-in-0.group", BOT,
						"spring.cloud.stream.bindings.collectC-in-0.group", BOT,
						"spring.cloud.stream.bindings.collectD-in-0.group", BOT,
						"spring.cloud.stream.bindings.toW.destination", "queue:e_names_w",
						"spring.cloud.stream.bindings.toV.destination", "bot:names_v"))) {
			Inbox inbox = java.getBean(Inbox.class);
			Map<String, String> expected = Map.of("collectA", "names.orders.v1", "collectB", "bot.names_y", "collectC",
					"names_z", "collectD", "system.names_s");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> expected.keySet().stream().allMatch(c -> inbox.of(c).size() == 1));
			expected.forEach((consumer, queue) -> {
				Message<Map<String, Object>> m = inbox.of(consumer).get(0);
				assertThat(m.getHeaders().get(RStreamsHeaders.QUEUE)).as(consumer).isEqualTo(queue);
				String eid = (String) m.getHeaders().get(RStreamsHeaders.EID);
				await().atMost(Duration.ofSeconds(20))
					.until(() -> eid.equals(bus.checkpointer().readCheckpoint(BOT, queue)));
			});
			assertThat(inbox.of("collectA").get(0).getPayload()).containsEntry("w", "dotted");
			assertThat(inbox.of("collectB").get(0).getPayload()).containsEntry("w", "bot ref");
			assertThat(inbox.of("collectC").get(0).getPayload()).containsEntry("w", "e_ prefix");
			assertThat(inbox.of("collectD").get(0).getPayload()).containsEntry("w", "system ref");

			StreamBridge bridge = java.getBean(StreamBridge.class);
			assertThat(bridge.send("toW", Map.of("w", "from java, e_ prefixed"))).isTrue();
			assertThat(bridge.send("toV", Map.of("w", "from java, bot ref"))).isTrue();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> Queues.readAll(bus.reader(), "names_w").size() == 1
						&& Queues.readAll(bus.reader(), "bot.names_v").size() == 1);
		}

		for (String spelling : List.of("names_w", "queue:names_w", "e_names_w")) {
			List<JsonNode> read = node.read("node_names_viewer", spelling);
			assertThat(read).as(spelling).hasSize(1);
			assertThat(read.get(0).get("event").asString()).isEqualTo("names_w");
			assertThat(read.get(0).get("payload").get("w").asString()).isEqualTo("from java, e_ prefixed");
			assertThat(read.get(0).get("id").asString()).isEqualTo("java_names");
		}
		for (String spelling : List.of("bot.names_v", "bot:names_v")) {
			List<JsonNode> read = node.read("node_names_viewer", spelling);
			assertThat(read).as(spelling).hasSize(1);
			assertThat(read.get(0).get("event").asString()).isEqualTo("bot.names_v");
		}

		Map<String, AttributeValue> item = bus.checkpointer().getBot(BOT);
		assertThat(item.get("checkpoints").m().get("read").m()).containsOnlyKeys("queue:names.orders.v1",
				"queue:bot.names_y", "queue:names_z", "queue:system.names_s");

		assertThat(node.read(BOT, "bot:names_y")).isEmpty();
		assertThat(node.read(BOT, "queue:names.orders.v1")).isEmpty();
		node.putEvent("node_names", "bot.names_y", Map.of("w", "after the java checkpoint"));
		List<Event> all = Queues.awaitStored(bus.reader(), "bot.names_y", 2);
		List<JsonNode> after = node.readAndCheckpoint(BOT, "bot:names_y");
		assertThat(after).extracting(e -> e.get("payload").get("w").asString())
			.containsExactly("after the java checkpoint");
		assertThat(bus.checkpointer().readCheckpoint(BOT, "bot.names_y")).isEqualTo(all.get(1).eid());
	}

}
