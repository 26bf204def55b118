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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchAndTransactionTest extends DynamoDbTestBase {

	private static WriteRequest put(String id, String v) {
		return WriteRequest.builder()
			.putRequest(PutRequest.builder().item(map("id", s(id), "v", s(v))).build())
			.build();
	}

	private static WriteRequest delete(String id) {
		return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(map("id", s(id))).build()).build();
	}

	@Test
	void batchWriteAndGet() {
		String a = hashTable();
		String b = hashTable();
		client.putItem(r -> r.tableName(a).item(map("id", s("gone"))));
		var written = client.batchWriteItem(r -> r.requestItems(
				Map.of(a, List.of(put("1", "a1"), put("2", "a2"), delete("gone")), b, List.of(put("1", "b1")))));
		assertThat(written.unprocessedItems()).isEmpty();

		var read = client.batchGetItem(r -> r.requestItems(Map.of(a,
				KeysAndAttributes.builder()
					.keys(map("id", s("1")), map("id", s("2")), map("id", s("gone")))
					.projectionExpression("#v")
					.expressionAttributeNames(Map.of("#v", "v"))
					.consistentRead(true)
					.build(),
				b, KeysAndAttributes.builder().keys(map("id", s("1"))).build())));
		assertThat(read.unprocessedKeys()).isEmpty();
		assertThat(read.responses().get(a)).containsExactlyInAnyOrder(map("v", s("a1")), map("v", s("a2")));
		assertThat(read.responses().get(b)).containsExactly(map("id", s("1"), "v", s("b1")));
	}

	@Test
	void batchLimitsAndDuplicates() {
		String t = hashTable();
		List<WriteRequest> many = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			many.add(put("k" + i, "v"));
		}
		assertThatThrownBy(() -> client.batchWriteItem(r -> r.requestItems(Map.of(t, many))))
			.isInstanceOfSatisfying(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, e -> {
				assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
				assertThat(e.awsErrorDetails().errorMessage())
					.contains("Member must have length less than or equal to 25");
			});
		assertValidation(
				() -> client.batchWriteItem(r -> r.requestItems(Map.of(t, List.of(put("x", "1"), put("x", "2"))))),
				"Provided list of item keys contains duplicates");
		assertThat(client.scan(r -> r.tableName(t)).count()).as("nothing written").isZero();

		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			keys.add(map("id", s("k" + i)));
		}
		assertValidation(
				() -> client
					.batchGetItem(r -> r.requestItems(Map.of(t, KeysAndAttributes.builder().keys(keys).build()))),
				"Too many items requested for the BatchGetItem call");
		assertValidation(
				() -> client.batchGetItem(r -> r.requestItems(
						Map.of(t, KeysAndAttributes.builder().keys(map("id", s("a")), map("id", s("a"))).build()))),
				"Provided list of item keys contains duplicates");
	}

	@Test
	void transactionCommitsEverythingOrNothing() {
		String t = hashTable();
		client.putItem(r -> r.tableName(t).item(map("id", s("acct1"), "balance", n("100"))));
		client.putItem(r -> r.tableName(t).item(map("id", s("acct2"), "balance", n("0"))));

		client.transactWriteItems(r -> r.transactItems(
				TransactWriteItem.builder()
					.update(u -> u.tableName(t)
						.key(map("id", s("acct1")))
						.updateExpression("set balance = balance - :x")
						.conditionExpression("balance >= :x")
						.expressionAttributeValues(map(":x", n("60"))))
					.build(),
				TransactWriteItem.builder()
					.update(u -> u.tableName(t)
						.key(map("id", s("acct2")))
						.updateExpression("set balance = balance + :x")
						.expressionAttributeValues(map(":x", n("60"))))
					.build(),
				TransactWriteItem.builder()
					.put(p -> p.tableName(t).item(map("id", s("log1"), "amount", n("60"))))
					.build()));

		assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(
				TransactWriteItem.builder()
					.update(u -> u.tableName(t)
						.key(map("id", s("acct1")))
						.updateExpression("set balance = balance - :x")
						.conditionExpression("balance >= :x")
						.expressionAttributeValues(map(":x", n("60")))
						.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
					.build(),
				TransactWriteItem.builder()
					.update(u -> u.tableName(t)
						.key(map("id", s("acct2")))
						.updateExpression("set balance = balance + :x")
						.expressionAttributeValues(map(":x", n("60"))))
					.build())))
			.isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
				assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
					.containsExactly("ConditionalCheckFailed", "None");
				assertThat(e.cancellationReasons().get(0).message()).isEqualTo("The conditional request failed");
				assertThat(e.cancellationReasons().get(0).item()).containsEntry("balance", n("40"));
				assertThat(e.awsErrorDetails().errorMessage())
					.isEqualTo("Transaction cancelled, please refer cancellation reasons for specific reasons "
							+ "[ConditionalCheckFailed, None]");
			});

		var got = client.transactGetItems(r -> r.transactItems(
				TransactGetItem.builder().get(g -> g.tableName(t).key(map("id", s("acct1")))).build(),
				TransactGetItem.builder()
					.get(g -> g.tableName(t).key(map("id", s("acct2"))).projectionExpression("balance"))
					.build(),
				TransactGetItem.builder().get(g -> g.tableName(t).key(map("id", s("nobody")))).build()));
		assertThat(got.responses().get(0).item()).containsEntry("balance", n("40"));
		assertThat(got.responses().get(1).item()).isEqualTo(map("balance", n("60")));
		assertThat(got.responses().get(2).hasItem()).isFalse();
	}

	@Test
	void transactionConditionCheckAndValidation() {
		String t = hashTable();
		client.putItem(r -> r.tableName(t).item(map("id", s("lock"), "owner", s("me"))));
		client.transactWriteItems(r -> r.transactItems(
				TransactWriteItem.builder()
					.conditionCheck(c -> c.tableName(t)
						.key(map("id", s("lock")))
						.conditionExpression("#o = :me")
						.expressionAttributeNames(Map.of("#o", "owner"))
						.expressionAttributeValues(map(":me", s("me"))))
					.build(),
				TransactWriteItem.builder().delete(d -> d.tableName(t).key(map("id", s("other")))).build()));
		assertValidation(
				() -> client.transactWriteItems(r -> r.transactItems(
						TransactWriteItem.builder().put(p -> p.tableName(t).item(map("id", s("x")))).build(),
						TransactWriteItem.builder().delete(d -> d.tableName(t).key(map("id", s("x")))).build())),
				"Transaction request cannot include multiple operations on one item");
		assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder()
			.update(u -> u.tableName(t)
				.key(map("id", s("lock")))
				.updateExpression("set a.b = :v")
				.expressionAttributeValues(map(":v", s("x"))))
			.build()))).isInstanceOfSatisfying(TransactionCanceledException.class,
					e -> assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
						.containsExactly("ValidationError"));
	}

}
