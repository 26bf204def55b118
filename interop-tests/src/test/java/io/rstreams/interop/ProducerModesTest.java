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
import io.rstreams.interop.support.InteropExtension;
import io.rstreams.interop.support.JavaBots;
import io.rstreams.interop.support.NodeSdk;
import io.rstreams.interop.support.Queues;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The binder's write modes on the real path (protocol.md 5.1, 5.2): an event over the
 * Node SDK's 600 KiB line limit goes to S3 with a pointer record by itself, and
 * {@code mode: s3} writes S3 files with pointer records; both are stored by the bus
 * processor as S3 blocks that the Java and the Node readers read back intact.
 * ({@code mode:
 * firehose} cannot be checked here: the local bus has no Firehose delivery.)
 */
@ExtendWith(InteropExtension.class)
class ProducerModesTest {

	private static List<Map<String, AttributeValue>> blocks(LocalBus bus, String queue) {
		return bus.dynamo()
			.query(b -> b.tableName(bus.config().leoStream())
				.keyConditionExpression("#e = :q")
				.expressionAttributeNames(Map.of("#e", "event"))
				.expressionAttributeValues(Map.of(":q", AttributeValue.fromS(queue))))
			.join()
			.items();
	}

	@Test
	void oversizeEventsAndS3ModeTravelThroughS3(LocalBus bus, NodeSdk node) {
		String big = "x".repeat(700 * 1024);
		try (ConfigurableApplicationContext app = JavaBots.start(bus, "collectA",
				JavaBots.properties("spring.application.name", "modes_app",
						"spring.cloud.stream.bindings.collectA-in-0.destination", "unused_modes_input",
						"spring.cloud.stream.bindings.big.destination", "big_events",
						"spring.cloud.stream.bindings.files.destination", "file_events",
						"spring.cloud.stream.rstreams.bindings.files.producer.mode", "s3"))) {
			StreamBridge bridge = app.getBean(StreamBridge.class);
			assertThat(bridge.send("big", Map.of("n", 1, "note", "small"))).isTrue();
			assertThat(bridge.send("big", Map.of("n", 2, "blob", big))).isTrue();
			assertThat(bridge.send("big", Map.of("n", 3, "note", "small again"))).isTrue();
			for (int n = 1; n <= 3; n++) {
				assertThat(bridge.send("files", Map.of("n", n))).isTrue();
			}
		}
		// closing the application flushed its writers (an S3-mode file otherwise closes
		// after 10 s, as in the SDK)
		await().atMost(Duration.ofSeconds(60))
			.until(() -> Queues.readAll(bus.reader(), "big_events").size() == 3
					&& Queues.readAll(bus.reader(), "file_events").size() == 3);

		List<Event> bigEvents = Queues.readAll(bus.reader(), "big_events");
		assertThat(bigEvents).extracting(e -> e.payload().get("n").asInt()).containsExactlyInAnyOrder(1, 2, 3);
		Event oversize = bigEvents.stream().filter(e -> e.payload().get("n").asInt() == 2).findFirst().orElseThrow();
		assertThat(oversize.payload().get("blob").asString()).isEqualTo(big);
		assertThat(oversize.id()).isEqualTo("modes_app");
		List<Map<String, AttributeValue>> bigBlocks = blocks(bus, "big_events");
		assertThat(bigBlocks).filteredOn(b -> b.containsKey("s3")).singleElement().satisfies(block -> {
			assertThat(block.get("records").n()).isEqualTo("1");
			assertThat(block.get("s3").m().get("bucket").s()).isEqualTo(bus.config().leoS3());
			assertThat(block.get("s3").m().get("key").s()).startsWith("bus/big_events/modes_app/z/");
		});
		assertThat(bigBlocks).filteredOn(b -> b.containsKey("gzip")).isNotEmpty();

		List<Event> fileEvents = Queues.readAll(bus.reader(), "file_events");
		assertThat(fileEvents).extracting(e -> e.payload().get("n").asInt()).containsExactly(1, 2, 3);
		assertThat(blocks(bus, "file_events")).isNotEmpty().allSatisfy(block -> {
			assertThat(block).containsKey("s3").doesNotContainKey("gzip");
			assertThat(block.get("s3").m().get("key").s()).startsWith("bus/file_events/modes_app/z/");
		});

		List<JsonNode> nodeBig = node.read("node_modes_viewer", "big_events");
		assertThat(Queues.canonical(nodeBig)).isEqualTo(Queues.readViews(bigEvents));
		List<JsonNode> nodeFiles = node.read("node_modes_viewer", "file_events");
		assertThat(Queues.canonical(nodeFiles)).isEqualTo(Queues.readViews(fileEvents));
	}

}
