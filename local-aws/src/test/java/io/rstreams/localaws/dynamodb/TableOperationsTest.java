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

import static io.rstreams.localaws.Clients.map;
import static io.rstreams.localaws.Clients.n;
import static io.rstreams.localaws.Clients.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.rstreams.localaws.Clients;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbAsyncWaiter;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class TableOperationsTest extends DynamoDbTestBase {

	@Test
	void theSdkWaiterSeesANewTableBecomeActive() {
		// DynamoDB answers CreateTable with CREATING; code written for it waits until
		// DescribeTable says ACTIVE
		try (DynamoDbAsyncClient async = Clients.dynamoDbAsync(server);
				DynamoDbAsyncWaiter waiter = DynamoDbAsyncWaiter.builder().client(async).build()) {
			TableDescription created = async.createTable(r -> r.tableName("Waited_For")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
				.attributeDefinitions(
						AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build()))
				.join()
				.tableDescription();
			assertThat(created.tableStatus()).isEqualTo(TableStatus.CREATING);

			WaiterResponse<DescribeTableResponse> waited = waiter.waitUntilTableExists(r -> r.tableName("Waited_For"))
				.join();
			assertThat(waited.matched().response())
				.hasValueSatisfying(d -> assertThat(d.table().tableStatus()).isEqualTo(TableStatus.ACTIVE));
			assertThat(waited.attemptsExecuted()).isEqualTo(1);
		}
	}

	@Test
	void createDescribeListDelete() {
		TableDescription created = client.createTable(r -> r.tableName("Leo_Stream_Test")
			.keySchema(KeySchemaElement.builder().attributeName("event").keyType(KeyType.HASH).build(),
					KeySchemaElement.builder().attributeName("end").keyType(KeyType.RANGE).build())
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("event").attributeType(ScalarAttributeType.S).build(),
					AttributeDefinition.builder().attributeName("end").attributeType(ScalarAttributeType.S).build())
			.provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(7L))
			.streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
			.tableDescription();
		assertThat(created.tableStatus()).isEqualTo(TableStatus.CREATING);
		assertThat(created.keySchema()).extracting(KeySchemaElement::attributeName).containsExactly("event", "end");
		assertThat(created.provisionedThroughput().writeCapacityUnits()).isEqualTo(7L);
		assertThat(created.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
		assertThat(created.latestStreamArn()).startsWith(created.tableArn());
		assertThat(created.creationDateTime()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));

		client.putItem(r -> r.tableName("Leo_Stream_Test").item(map("event", s("e"), "end", s("z"))));
		TableDescription described = client.describeTable(r -> r.tableName("Leo_Stream_Test")).table();
		assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
		assertThat(described.itemCount()).isEqualTo(1L);
		assertThat(described.tableSizeBytes()).isPositive();

		assertFails(() -> client.createTable(r -> r.tableName("Leo_Stream_Test")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())),
				ResourceInUseException.class, "Table already exists: Leo_Stream_Test");

		assertThat(client.listTables().tableNames()).contains("Leo_Stream_Test");
		assertThat(client.deleteTable(r -> r.tableName("Leo_Stream_Test")).tableDescription().tableStatusAsString())
			.isEqualTo("DELETING");
		assertFails(() -> client.describeTable(r -> r.tableName("Leo_Stream_Test")), ResourceNotFoundException.class,
				"Requested resource not found: Table: Leo_Stream_Test not found");
		assertFails(() -> client.deleteTable(r -> r.tableName("Leo_Stream_Test")), ResourceNotFoundException.class,
				"Requested resource not found: Table: Leo_Stream_Test not found");
	}

	@Test
	void listTablesPages() {
		for (int i = 0; i < 5; i++) {
			io.rstreams.localaws.Clients.createTable(client, "page_" + i, "id", null);
		}
		var first = client.listTables(r -> r.limit(2).exclusiveStartTableName("page_"));
		assertThat(first.tableNames()).containsExactly("page_0", "page_1");
		assertThat(first.lastEvaluatedTableName()).isEqualTo("page_1");
		var next = client.listTables(r -> r.limit(100).exclusiveStartTableName(first.lastEvaluatedTableName()));
		assertThat(next.tableNames()).startsWith("page_2", "page_3", "page_4");
		assertThat(next.lastEvaluatedTableName()).isNull();
	}

	@Test
	void createTableValidation() {
		assertValidation(() -> client.createTable(r -> r.tableName("bad")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build(),
					AttributeDefinition.builder().attributeName("x").attributeType(ScalarAttributeType.S).build())),
				"One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number "
						+ "of attributes defined in AttributeDefinitions");
		assertValidation(() -> client.createTable(r -> r.tableName("bad")
			.keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())),
				"One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified "
						+ "when BillingMode is PROVISIONED");
		assertValidation(() -> client.describeTable(r -> r.tableName("x")),
				"1 validation error detected: Value 'x' at 'tableName' failed to satisfy constraint: Member must have length "
						+ "greater than or equal to 3");
	}

	@Test
	void timeToLiveIsRecordedAndExpiresOnlyWhenAsked() {
		String table = hashTable();
		assertThat(client.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription().timeToLiveStatus())
			.isEqualTo(TimeToLiveStatus.DISABLED);
		client.updateTimeToLive(
				r -> r.tableName(table).timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl")));
		var description = client.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();
		assertThat(description.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
		assertThat(description.attributeName()).isEqualTo("ttl");
		assertValidation(
				() -> client.updateTimeToLive(
						r -> r.tableName(table).timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl"))),
				"TimeToLive is already enabled");

		client.putItem(r -> r.tableName(table).item(map("id", s("old"), "ttl", n("1000"))));
		client.putItem(r -> r.tableName(table).item(map("id", s("new"), "ttl", n("3000"))));
		client.putItem(r -> r.tableName(table).item(map("id", s("none"))));
		assertThat(client.scan(r -> r.tableName(table)).count()).isEqualTo(3);
		assertThat(server.dynamoDb().expireItems(Instant.ofEpochSecond(2000))).isEqualTo(1);
		assertThat(client.scan(r -> r.tableName(table)).items()).extracting(i -> i.get("id").s())
			.containsExactlyInAnyOrder("new", "none");
	}

}
