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
package io.rstreams.localaws.dynamodb;

import static io.rstreams.localaws.Clients.b;
import static io.rstreams.localaws.Clients.m;
import static io.rstreams.localaws.Clients.map;
import static io.rstreams.localaws.Clients.n;
import static io.rstreams.localaws.Clients.names;
import static io.rstreams.localaws.Clients.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The requests RStreams (leo-sdk and the bus) actually sends, verbatim. */
class RStreamsRequestShapesTest extends DynamoDbTestBase {

	private static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";

	private static final Map<String, String> CHECKPOINT_NAMES = names("#checkpoints", "checkpoints", "#type", "read",
			"#event", "queue:orders", "#checkpoint", "checkpoint");

	private static void checkpoint(String table, String expected, String next) {
		client.updateItem(r -> r.tableName(table)
			.key(map("id", s("bot1")))
			.updateExpression("set #checkpoints.#type.#event = :value")
			.conditionExpression("#checkpoints.#type.#event.#checkpoint = :expected")
			.expressionAttributeNames(CHECKPOINT_NAMES)
			.expressionAttributeValues(
					map(":value", m(map("checkpoint", s(next), "records", n("10"))), ":expected", s(expected))));
	}

	private static void firstCheckpoint(String table, String next) {
		client.updateItem(r -> r.tableName(table)
			.key(map("id", s("bot1")))
			.updateExpression("set #checkpoints.#type.#event = :value")
			.conditionExpression("attribute_not_exists(#checkpoints.#type.#event.#checkpoint)")
			.expressionAttributeNames(CHECKPOINT_NAMES)
			.expressionAttributeValues(map(":value", m(map("checkpoint", s(next))))));
	}

	private static AttributeValue storedCheckpoint(String table) {
		return client.getItem(r -> r.tableName(table).key(map("id", s("bot1"))))
			.item()
			.get("checkpoints")
			.m()
			.get("read")
			.m()
			.get("queue:orders")
			.m()
			.get("checkpoint");
	}

	@Test
	void readCheckpointAdvancesOnlyFromTheExpectedValue() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table)
			.item(map("id", s("bot1"), "checkpoints", m(map("read", m(map()), "write", m(map()))))));

		firstCheckpoint(table, "z/2024/01/01/00/00/1");
		assertThat(storedCheckpoint(table)).isEqualTo(s("z/2024/01/01/00/00/1"));

		checkpoint(table, "z/2024/01/01/00/00/1", "z/2024/01/01/00/00/2");
		assertThat(storedCheckpoint(table)).isEqualTo(s("z/2024/01/01/00/00/2"));

		assertFails(() -> checkpoint(table, "z/2024/01/01/00/00/1", "z/2024/01/01/00/00/3"),
				ConditionalCheckFailedException.class, "The conditional request failed");
		assertFails(() -> firstCheckpoint(table, "z/other"), ConditionalCheckFailedException.class,
				"The conditional request failed");
		assertThat(storedCheckpoint(table)).isEqualTo(s("z/2024/01/01/00/00/2"));
		Map<String, AttributeValue> read = client.getItem(r -> r.tableName(table).key(map("id", s("bot1"))))
			.item()
			.get("checkpoints")
			.m()
			.get("read")
			.m();
		assertThat(read).containsOnlyKeys("queue:orders");
	}

	/**
	 * The condition is checked first: an expected checkpoint that is not there fails it
	 * before the path is resolved.
	 */
	@Test
	void readCheckpointOnABotWithoutCheckpointsIsADocumentPathErrorOnlyWhenItsConditionHolds() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table).item(map("id", s("bot1"), "name", s("my bot"))));
		assertFails(() -> checkpoint(table, "z/1", "z/2"), ConditionalCheckFailedException.class,
				"The conditional request failed");
		assertValidation(() -> firstCheckpoint(table, "z/2"), INVALID_PATH);
	}

	@Test
	void readCheckpointOnAMissingBotIsADocumentPathErrorOnlyWhenItsConditionHolds() {
		String table = hashTable();
		assertFails(() -> checkpoint(table, "z/1", "z/2"), ConditionalCheckFailedException.class,
				"The conditional request failed");
		assertValidation(() -> firstCheckpoint(table, "z/2"), INVALID_PATH);
		assertThat(client.getItem(r -> r.tableName(table).key(map("id", s("bot1")))).hasItem()).isFalse();
	}

	@Test
	void readCheckpointNeedsTheTypeMapToo() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table).item(map("id", s("bot1"), "checkpoints", m(map("write", m(map()))))));
		assertValidation(() -> firstCheckpoint(table, "z/2"), INVALID_PATH);
	}

	private static UpdateItemResponse clock(String table, String field, String value, String sequence) {
		return client.updateItem(r -> r.tableName(table)
			.key(map("id", s("processor")))
			.updateExpression("set #field = :value, #sequence = :sequence")
			.conditionExpression(
					"attribute_not_exists(#field) OR #field < :value OR (#sequence = :sequence AND #field = :value)")
			.expressionAttributeNames(names("#field", field, "#sequence", "sequence"))
			.expressionAttributeValues(map(":value", n(value), ":sequence", s(sequence)))
			.returnValues(ReturnValue.ALL_NEW));
	}

	@Test
	void busProcessorClockOnlyMovesForwardOrRepeatsTheSameSequence() {
		String table = hashTable();
		assertThat(clock(table, "ts", "100", "seq-1").attributes())
			.isEqualTo(map("id", s("processor"), "ts", n("100"), "sequence", s("seq-1")));
		assertThat(clock(table, "ts", "100", "seq-1").attributes()).containsEntry("ts", n("100"));
		assertThat(clock(table, "ts", "150", "seq-2").attributes()).containsEntry("sequence", s("seq-2"));
		assertFails(() -> clock(table, "ts", "120", "seq-3"), ConditionalCheckFailedException.class,
				"The conditional request failed");
		assertFails(() -> clock(table, "ts", "150", "seq-1"), ConditionalCheckFailedException.class,
				"The conditional request failed");

		UpdateItemResponse added = client.updateItem(r -> r.tableName(table)
			.key(map("id", s("processor")))
			.updateExpression("set #sequence = :sequence add #field :value")
			.conditionExpression("#sequence <> :sequence")
			.expressionAttributeNames(names("#field", "count", "#sequence", "sequence"))
			.expressionAttributeValues(map(":value", n("5"), ":sequence", s("seq-3")))
			.returnValues(ReturnValue.ALL_NEW));
		assertThat(added.attributes()).containsEntry("count", n("5")).containsEntry("sequence", s("seq-3"));
		assertFails(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("processor")))
					.updateExpression("set #sequence = :sequence add #field :value")
					.conditionExpression("#sequence <> :sequence")
					.expressionAttributeNames(names("#field", "count", "#sequence", "sequence"))
					.expressionAttributeValues(map(":value", n("5"), ":sequence", s("seq-3")))),
				ConditionalCheckFailedException.class, "The conditional request failed");
	}

	private static UpdateItemResponse register(String table, String bot) {
		return client.updateItem(r -> r.tableName(table)
			.key(map("id", s(bot)))
			.updateExpression("set #lambdaName = :lambdaName, #name = :name, "
					+ "#instances = if_not_exists(#instances, :instances), "
					+ "#requested_kinesis = if_not_exists(#requested_kinesis, :requested_kinesis), "
					+ "#checkpoints = if_not_exists(#checkpoints, :checkpoints)")
			.expressionAttributeNames(names("#lambdaName", "lambdaName", "#name", "name", "#instances", "instances",
					"#requested_kinesis", "requested_kinesis", "#checkpoints", "checkpoints"))
			.expressionAttributeValues(map(":lambdaName", s("my-lambda"), ":name", s("My Bot"), ":instances", m(map()),
					":requested_kinesis", m(map()), ":checkpoints", m(map("read", m(map()), "write", m(map())))))
			.returnValues(ReturnValue.ALL_NEW));
	}

	@Test
	void botRegistrationCreatesMissingMapsAndKeepsExistingOnes() {
		String table = hashTable();
		assertThat(register(table, "bot1").attributes())
			.isEqualTo(map("id", s("bot1"), "lambdaName", s("my-lambda"), "name", s("My Bot"), "instances", m(map()),
					"requested_kinesis", m(map()), "checkpoints", m(map("read", m(map()), "write", m(map())))));

		firstCheckpoint(table, "z/5");
		Map<String, AttributeValue> again = register(table, "bot1").attributes();
		assertThat(again.get("checkpoints").m().get("read").m().get("queue:orders").m()).containsEntry("checkpoint",
				s("z/5"));
	}

	@Test
	void lockShapes() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table)
			.item(map("id", s("bot1"), "instances", m(map()), "checkpoint", s("old"), "ignorePaused",
					AttributeValue.fromBool(true))));
		client.updateItem(r -> r.tableName(table)
			.key(map("id", s("bot1")))
			.updateExpression(
					"set #instances.#index = :value, #invokeTime = :invokeTime remove #checkpoint, #ignorePaused")
			.expressionAttributeNames(names("#instances", "instances", "#index", "0", "#invokeTime", "invokeTime",
					"#checkpoint", "checkpoint", "#ignorePaused", "ignorePaused"))
			.expressionAttributeValues(map(":value", m(map("token", n("123"))), ":invokeTime", n("1700000000000"))));
		assertThat(client.getItem(r -> r.tableName(table).key(map("id", s("bot1")))).item()).isEqualTo(map("id",
				s("bot1"), "instances", m(map("0", m(map("token", n("123"))))), "invokeTime", n("1700000000000")));

		String locks = hashTable();
		Runnable lock = () -> client.putItem(r -> r.tableName(locks)
			.item(map("id", s("lock-a"), "expires", n("2000")))
			.conditionExpression("attribute_not_exists(id) OR expires <= :now")
			.expressionAttributeValues(map(":now", n("1500"))));
		lock.run();
		assertFails(lock::run, ConditionalCheckFailedException.class, "The conditional request failed");
		client.putItem(r -> r.tableName(locks)
			.item(map("id", s("lock-a"), "expires", n("3000")))
			.conditionExpression("attribute_not_exists(id) OR expires <= :now")
			.expressionAttributeValues(map(":now", n("2000"))));
	}

	@Test
	void leoStreamBatchWriteThenPagedBetweenQueries() {
		String table = rangeTable("event", "end");
		List<WriteRequest> writes = new ArrayList<>();
		List<String> ends = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String end = String.format("z/2024/05/01/10/%02d/%013d-0000000", i, 1714557600000L + i);
			ends.add(end);
			byte[] payload = new byte[100 * 1024];
			java.util.Arrays.fill(payload, (byte) i);
			writes.add(WriteRequest.builder()
				.putRequest(PutRequest.builder()
					.item(map("event", s("queue:orders"), "end", s(end), "start", s(end), "payload", b(payload),
							"records", n("100")))
					.build())
				.build());
		}
		var unprocessed = client.batchWriteItem(r -> r.requestItems(Map.of(table, writes))).unprocessedItems();
		assertThat(unprocessed).isEmpty();
		client.putItem(r -> r.tableName(table).item(map("event", s("queue:other"), "end", s(ends.get(3)))));

		List<String> seen = new ArrayList<>();
		String start = "z/2024/05/01/10/00";
		int pages = 0;
		while (true) {
			String from = start;
			QueryResponse page = client.query(r -> r.tableName(table)
				.keyConditionExpression("#event = :event and #key between :start and :maxkey")
				.expressionAttributeNames(names("#event", "event", "#key", "end"))
				.expressionAttributeValues(map(":event", s("queue:orders"), ":start", s(from), ":maxkey", s("z/9")))
				.limit(50)
				.scanIndexForward(true));
			pages++;
			if (page.items().isEmpty()) {
				break;
			}
			for (Map<String, AttributeValue> item : page.items()) {
				seen.add(item.get("end").s());
				int index = ends.indexOf(item.get("end").s());
				assertThat(item.get("payload").b().asByteArray()).hasSize(100 * 1024).containsOnly((byte) index);
			}
			start = page.items().get(page.items().size() - 1).get("end").s() + " ";
		}
		assertThat(seen).containsExactlyElementsOf(ends);
		assertThat(pages).as("1 MB pages of 100 KB items").isGreaterThan(3);
	}

}
