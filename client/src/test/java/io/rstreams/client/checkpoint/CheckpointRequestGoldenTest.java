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
package io.rstreams.client.checkpoint;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.rstreams.client.BusConfig;
import io.rstreams.client.bot.BotDefinition;
import io.rstreams.client.bot.BotRegistry;
import io.rstreams.client.leocron.BotItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LeoCron requests of protocol.md 7.1 and 8.3, exactly as the Node SDK sends them: a
 * change here breaks checkpoint compatibility with Node bots (and the bus's Botmon).
 */
class CheckpointRequestGoldenTest {

	static final BusConfig BUS = new BusConfig("us-east-1", "s", "Bus-LeoCron", "e", null, null, "b", "k", "f");

	private final DynamoDbAsyncClient unused = DynamoDbAsyncClient.builder()
		.region(Region.US_EAST_1)
		.endpointOverride(URI.create("http://127.0.0.1:9"))
		.credentialsProvider(AnonymousCredentialsProvider.create())
		.build();

	@AfterEach
	void close() {
		unused.close();
	}

	@Test
	void readCheckpointGuardedByTheExpectedValue() {
		Checkpointer checkpointer = new Checkpointer(unused, BUS, Duration.ofSeconds(1));
		UpdateItemRequest r = checkpointer.request("my_bot", "queue:orders", "read",
				new Checkpoint("z/2024/01/01/00/01/1704067260123-0000012", 1704067200000L, 1795388053741L,
						1795388053741L, 7L),
				new Checkpointer.Expected.Value("z/2024/01/01/00/01/1704067260123-0000005"));
		assertThat(r.tableName()).isEqualTo("Bus-LeoCron");
		assertThat(r.key()).isEqualTo(Map.of("id", AttributeValue.fromS("my_bot")));
		assertThat(r.updateExpression()).isEqualTo("set #checkpoints.#type.#event = :value");
		assertThat(r.conditionExpression()).isEqualTo("#checkpoints.#type.#event.#checkpoint = :expected");
		assertThat(r.expressionAttributeNames()).containsExactlyInAnyOrderEntriesOf(Map.of("#checkpoints",
				"checkpoints", "#type", "read", "#event", "queue:orders", "#checkpoint", "checkpoint"));
		assertThat(r.expressionAttributeValues().get(":expected").s())
			.isEqualTo("z/2024/01/01/00/01/1704067260123-0000005");
		assertThat(r.expressionAttributeValues().get(":value").m()).containsExactlyInAnyOrderEntriesOf(Map.of(
				"checkpoint", AttributeValue.fromS("z/2024/01/01/00/01/1704067260123-0000012"), "source_timestamp",
				AttributeValue.fromN("1704067200000"), "started_timestamp", AttributeValue.fromN("1795388053741"),
				"ended_timestamp", AttributeValue.fromN("1795388053741"), "records", AttributeValue.fromN("7")));
	}

	@Test
	void firstCheckpointRequiresThatNoneExists() {
		UpdateItemRequest r = new Checkpointer(unused, BUS, Duration.ofSeconds(1)).request("my_bot", "queue:orders",
				"read", new Checkpoint("z/2024/01/01/00/01/1704067260123-0000012", null, null, null, 1L),
				new Checkpointer.Expected.Absent());
		assertThat(r.conditionExpression()).isEqualTo("attribute_not_exists(#checkpoints.#type.#event.#checkpoint)");
		assertThat(r.expressionAttributeValues()).doesNotContainKey(":expected");
		assertThat(r.expressionAttributeNames()).containsEntry("#checkpoint", "checkpoint");
	}

	@Test
	void forcedCheckpointHasNoCondition() {
		UpdateItemRequest r = new Checkpointer(unused, BUS, Duration.ofSeconds(1)).request("my_bot", "queue:orders",
				"read", new Checkpoint("z/2024/01/01/00/01/1704067260123-0000012", null, null, null, 1L),
				new Checkpointer.Expected.Unconditional());
		assertThat(r.conditionExpression()).isNull();
		assertThat(r.expressionAttributeNames()).doesNotContainKey("#checkpoint");
	}

	@Test
	void botIdsEndingInReaderAreStoredWithoutTheSuffix() {
		assertThat(BotItems.storageBotId("node_reader")).isEqualTo("node");
		assertThat(BotItems.storageBotId("reader")).isEqualTo("reader");
	}

	@Test
	void createBotIsTheSdksUpdate() {
		UpdateItemRequest r = new BotRegistry(unused, BUS, Duration.ofSeconds(1)).createBotRequest("sub_bot",
				new BotDefinition("sub", null, null, "queue:orders", "queue:out", List.of(), null, null, null, Map.of(),
						false));
		assertThat(r.updateExpression()).isEqualTo("set #lambdaName = :lambdaName, #name = :name, "
				+ "#description = :description, #lambda = :lambda, #triggers = :triggers, #executionType = :executionType, "
				+ "#instances = if_not_exists(#instances, :instances), "
				+ "#requested_kinesis = if_not_exists(#requested_kinesis, :requested_kinesis), "
				+ "#checkpoints = if_not_exists(#checkpoints, :checkpoints)");
		assertThat(r.expressionAttributeValues().get(":lambdaName").s()).isEqualTo("sub_bot");
		assertThat(r.expressionAttributeValues().get(":description").s()).isEqualTo("sub");
		assertThat(r.expressionAttributeValues().get(":triggers").l()).extracting(AttributeValue::s)
			.containsExactly("queue:orders");
		assertThat(r.expressionAttributeValues().get(":checkpoints").m().get("read").m())
			.containsOnlyKeys("queue:orders");
		assertThat(r.expressionAttributeValues().get(":checkpoints").m().get("write").m())
			.containsOnlyKeys("queue:out");
		assertThat(r.expressionAttributeValues().get(":lambda").m().get("settings").l().get(0).m())
			.containsEntry("source", AttributeValue.fromS("queue:orders"))
			.containsEntry("destination", AttributeValue.fromS("queue:out"));
	}

}
