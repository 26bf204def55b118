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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

class ConcurrencyAndAsyncTest extends DynamoDbTestBase {

	@Test
	void concurrentConditionalIncrementsNeverLoseAnUpdate() throws Exception {
		String table = hashTable();
		client.putItem(r -> r.tableName(table).item(map("id", s("counter"), "n", n("0"))));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> results = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			results.add(pool.submit(() -> {
				int succeeded = 0;
				for (int i = 0; i < 25; i++) {
					String current = client
						.getItem(r -> r.tableName(table).key(map("id", s("counter"))).consistentRead(true))
						.item()
						.get("n")
						.n();
					try {
						client.updateItem(r -> r.tableName(table)
							.key(map("id", s("counter")))
							.updateExpression("set n = n + :one")
							.conditionExpression("n = :seen")
							.expressionAttributeValues(map(":one", n("1"), ":seen", n(current))));
						succeeded++;
					}
					catch (ConditionalCheckFailedException e) {
						// another thread won this round
					}
				}
				return succeeded;
			}));
		}
		int total = 0;
		for (Future<Integer> result : results) {
			total += result.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		String stored = client.getItem(r -> r.tableName(table).key(map("id", s("counter")))).item().get("n").n();
		assertThat(Integer.parseInt(stored)).isEqualTo(total).isPositive();
	}

	@Test
	void nettyAsyncClientWorksConcurrently() {
		String table = hashTable();
		try (DynamoDbAsyncClient async = Clients.dynamoDbAsync(server)) {
			List<CompletableFuture<UpdateItemResponse>> updates = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				updates.add(async.updateItem(r -> r.tableName(table)
					.key(map("id", s("hits")))
					.updateExpression("ADD hits :one")
					.expressionAttributeValues(map(":one", n("1")))
					.returnValues(ReturnValue.UPDATED_NEW)));
			}
			CompletableFuture.allOf(updates.toArray(CompletableFuture[]::new)).join();
			var item = async.getItem(r -> r.tableName(table).key(map("id", s("hits")))).join().item();
			assertThat(item.get("hits")).isEqualTo(n("200"));

			CompletableFuture<?> failing = async.putItem(
					r -> r.tableName(table).item(map("id", s("hits"))).conditionExpression("attribute_not_exists(id)"));
			assertThat(failing).failsWithin(java.time.Duration.ofSeconds(30))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.havingCause()
				.isInstanceOf(ConditionalCheckFailedException.class);
		}
	}

}
