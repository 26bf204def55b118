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
package io.rstreams.localbus;

import java.util.List;
import java.util.Map;

import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.bot.BotDefinition;
import io.rstreams.client.bot.BotRegistry;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.checkpoint.StaleCheckpointException;
import io.rstreams.client.leocron.BotItems;
import io.rstreams.client.testing.Fixtures;
import io.rstreams.localbus.junit.LocalBusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checkpoints and registrations against items as Node bots and the bus leave them in
 * LeoCron.
 */
class LeoCronTest {

	@RegisterExtension
	static final LocalBusExtension BUS = LocalBusExtension.shared();

	static void put(LocalBus bus, Map<String, AttributeValue> item) {
		AwsCalls.await(bus.dynamo().putItem(b -> b.tableName(bus.config().leoCron()).item(item)), RoundTripTest.TIMEOUT,
				() -> "put");
	}

	static Checkpoint cp(String eid) {
		return new Checkpoint(eid, 1L, 2L, 3L, 1L);
	}

	@Test
	void aNewBotIsCreatedAsTheSdkCreatesIt(LocalBus bus, Checkpointer checkpointer) {
		checkpointer.checkpoint("fresh_bot", "orders", cp("z/2024/01/01/00/00/1704067200000-0000001"), null);
		Map<String, AttributeValue> item = checkpointer.getBot("fresh_bot");
		assertThat(item.keySet()).containsExactlyInAnyOrder("id", "checkpoints", "requested_kinesis", "lambda", "time",
				"instances", "lambdaName", "paused", "name", "description");
		assertThat(item.get("lambdaName").nul()).isTrue();
		assertThat(QueueReaderCheckpoint.of(item, "queue:orders"))
			.isEqualTo("z/2024/01/01/00/00/1704067200000-0000001");
	}

	@Test
	void continuesTheCheckpointOfANodeBot(LocalBus bus, Checkpointer checkpointer) {
		Map<String, AttributeValue> node = Fixtures.items("leocron-items.json")
			.stream()
			.filter(i -> i.get("id").s().equals("fx_enricher"))
			.findFirst()
			.orElseThrow();
		put(bus, node);
		String stored = "z/2026/11/23/00/28/1795393687314-0000002";
		assertThat(checkpointer.readCheckpoint("fx_enricher", "fx_live")).isEqualTo(stored);
		assertThatThrownBy(() -> checkpointer.checkpoint("fx_enricher", "fx_live",
				cp("z/2026/11/23/00/28/1795393687314-0000009"), null))
			.isInstanceOf(StaleCheckpointException.class);
		checkpointer.checkpoint("fx_enricher", "fx_live", cp("z/2026/11/23/00/28/1795393687314-0000009"), stored);
		Map<String, AttributeValue> after = checkpointer.getBot("fx_enricher");
		assertThat(QueueReaderCheckpoint.of(after, "queue:fx_live"))
			.isEqualTo("z/2026/11/23/00/28/1795393687314-0000009");
		assertThat(after.get("checkpoints").m().get("write")).isEqualTo(node.get("checkpoints").m().get("write"));
	}

	@Test
	void aBotItemWithoutCheckpointsGetsTheMapInsteadOfAnError(LocalBus bus, Checkpointer checkpointer) {
		put(bus, Map.of("id", AttributeValue.fromS("bare_bot"), "name", AttributeValue.fromS("bare")));
		checkpointer.checkpoint("bare_bot", "orders", cp("z/2024/01/01/00/00/1704067200000-0000003"), null);
		Map<String, AttributeValue> item = checkpointer.getBot("bare_bot");
		assertThat(item.get("name").s()).isEqualTo("bare");
		assertThat(QueueReaderCheckpoint.of(item, "queue:orders"))
			.isEqualTo("z/2024/01/01/00/00/1704067200000-0000003");
	}

	@Test
	void expectingACheckpointOfABotThatIsGoneIsStale(Checkpointer checkpointer) {
		assertThatThrownBy(() -> checkpointer.checkpoint("gone_bot", "orders",
				cp("z/2024/01/01/00/00/1704067200000-0000004"), "z/2024/01/01/00/00/1704067200000-0000002"))
			.isInstanceOf(StaleCheckpointException.class)
			.hasMessageContaining("gone_bot");
	}

	@Test
	void registeringAJavaBotNeverTakesALambdaBotsLambdaOrCheckpoints(LocalBus bus, BotRegistry registry,
			Checkpointer checkpointer) {
		registry.createBot("lambda_bot", new BotDefinition("Lambda bot", null, "my-function", "queue:in", null,
				List.of(), null, null, null, Map.of(), false));
		checkpointer.checkpoint("lambda_bot", "in", cp("z/2024/01/01/00/00/1704067200000-0000005"), null);
		registry.registerReader("lambda_bot", "queue:other", null, "Java reader");
		registry.registerReader("lambda_bot", "queue:other", null, "Java reader");
		Map<String, AttributeValue> item = checkpointer.getBot("lambda_bot");
		assertThat(item.get("lambdaName").s()).isEqualTo("my-function");
		assertThat(item.get("name").s()).isEqualTo("Lambda bot");
		assertThat(item.get("triggers").l()).extracting(AttributeValue::s).containsExactly("queue:in", "queue:other");
		assertThat(QueueReaderCheckpoint.of(item, "queue:in")).isEqualTo("z/2024/01/01/00/00/1704067200000-0000005");

		registry.registerReader("java_bot", "queue:orders", "queue:invoices", "Java bot");
		Map<String, AttributeValue> java = checkpointer.getBot("java_bot");
		assertThat(java.get("lambdaName").nul()).isTrue();
		assertThat(java.get("paused").bool()).isFalse();
		assertThat(java.get("triggers").l()).extracting(AttributeValue::s).containsExactly("queue:orders");
		assertThat(java.get("checkpoints").m().get("write").m()).containsOnlyKeys("queue:invoices");

		// a second queue read by the same bot: its own trigger and read entry, the
		// first queue's checkpoint kept
		checkpointer.checkpoint("java_bot", "orders", cp("z/2024/01/01/00/00/1704067200000-0000007"), null);
		registry.registerReader("java_bot", "queue:returns", null, "Java bot");
		registry.registerReader("java_bot", "queue:returns", null, "Java bot");
		java = checkpointer.getBot("java_bot");
		assertThat(java.get("triggers").l()).extracting(AttributeValue::s)
			.containsExactly("queue:orders", "queue:returns");
		assertThat(java.get("checkpoints").m().get("read").m()).containsOnlyKeys("queue:orders", "queue:returns");
		assertThat(QueueReaderCheckpoint.of(java, "queue:orders"))
			.isEqualTo("z/2024/01/01/00/00/1704067200000-0000007");
		Map<String, AttributeValue> lambda = checkpointer.getBot("lambda_bot");
		assertThat(lambda.get("checkpoints").m().get("read").m()).containsOnlyKeys("queue:in", "queue:other");
		assertThat(QueueReaderCheckpoint.of(lambda, "queue:in")).isEqualTo("z/2024/01/01/00/00/1704067200000-0000005");
	}

	/** Reads {@code checkpoints.read[refId].checkpoint}. */
	static final class QueueReaderCheckpoint {

		static String of(Map<String, AttributeValue> item, String refId) {
			return BotItems.readCheckpoint(item, refId);
		}

	}

}
