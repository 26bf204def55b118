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
import static io.rstreams.localaws.Clients.map;
import static io.rstreams.localaws.Clients.n;
import static io.rstreams.localaws.Clients.names;
import static io.rstreams.localaws.Clients.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

class QueryScanTest extends DynamoDbTestBase {

	/**
	 * A table {@code pk} (S) / {@code sk} (N) holding sk = 1..10 under pk "p" and sk =
	 * 1..3 under "q".
	 */
	private static String numberTable() {
		String table = "numbers" + System.nanoTime();
		client.createTable(r -> r.tableName(table)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
					KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
					AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.N).build()));
		for (int i = 1; i <= 10; i++) {
			int sk = i;
			client.putItem(r -> r.tableName(table)
				.item(map("pk", s("p"), "sk", n(Integer.toString(sk)), "even", AttributeValue.fromBool(sk % 2 == 0),
						"label", s("item" + sk))));
		}
		for (int i = 1; i <= 3; i++) {
			int sk = i;
			client.putItem(r -> r.tableName(table).item(map("pk", s("q"), "sk", n(Integer.toString(sk)))));
		}
		return table;
	}

	private static List<String> sks(QueryResponse response) {
		List<String> sks = new ArrayList<>();
		response.items().forEach(item -> sks.add(item.get("sk").n()));
		return sks;
	}

	private static QueryResponse query(String table, String condition, Map<String, AttributeValue> values,
			Consumer<QueryRequest.Builder> more) {
		return client.query(r -> {
			r.tableName(table).keyConditionExpression(condition).expressionAttributeValues(values);
			more.accept(r);
		});
	}

	@Test
	void rangeOperatorsAndDirection() {
		String t = numberTable();
		Map<String, AttributeValue> p = map(":p", s("p"));
		assertThat(sks(query(t, "pk = :p", p, r -> {
		}))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
		assertThat(sks(query(t, "pk = :p AND sk = :v", map(":p", s("p"), ":v", n("4")), r -> {
		}))).containsExactly("4");
		assertThat(sks(query(t, "pk = :p AND sk < :v", map(":p", s("p"), ":v", n("3")), r -> {
		}))).containsExactly("1", "2");
		assertThat(sks(query(t, "pk = :p AND sk <= :v", map(":p", s("p"), ":v", n("3")), r -> {
		}))).containsExactly("1", "2", "3");
		assertThat(sks(query(t, "pk = :p AND sk > :v", map(":p", s("p"), ":v", n("8")), r -> {
		}))).containsExactly("9", "10");
		assertThat(sks(query(t, ":v <= sk AND pk = :p", map(":p", s("p"), ":v", n("9")), r -> {
		}))).containsExactly("9", "10");
		assertThat(sks(query(t, "pk = :p AND sk BETWEEN :a AND :b", map(":p", s("p"), ":a", n("4"), ":b", n("6")),
				r -> r.scanIndexForward(false))))
			.containsExactly("6", "5", "4");
		assertThat(sks(query(t, "pk = :p", map(":p", s("nobody")), r -> {
		}))).isEmpty();
	}

	@Test
	void limitPagingWithLastEvaluatedKey() {
		String t = numberTable();
		List<String> all = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		int pages = 0;
		do {
			Map<String, AttributeValue> from = start;
			QueryResponse page = query(t, "pk = :p", map(":p", s("p")),
					r -> r.limit(4).scanIndexForward(false).exclusiveStartKey(from));
			all.addAll(sks(page));
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
			pages++;
		}
		while (start != null);
		assertThat(all).containsExactly("10", "9", "8", "7", "6", "5", "4", "3", "2", "1");
		assertThat(pages).isEqualTo(3);

		QueryResponse exact = query(t, "pk = :p", map(":p", s("q")), r -> r.limit(3));
		assertThat(exact.lastEvaluatedKey()).as("a page filled by Limit reports where it stopped")
			.isEqualTo(map("pk", s("q"), "sk", n("3")));
		QueryResponse after = query(t, "pk = :p", map(":p", s("q")),
				r -> r.exclusiveStartKey(exact.lastEvaluatedKey()));
		assertThat(after.items()).isEmpty();
		assertThat(after.hasLastEvaluatedKey()).isFalse();
	}

	@Test
	void filterProjectionAndCount() {
		String t = numberTable();
		QueryResponse filtered = client.query(r -> r.tableName(t)
			.keyConditionExpression("pk = :p")
			.filterExpression("#e = :t")
			.projectionExpression("sk, #l")
			.expressionAttributeNames(names("#e", "even", "#l", "label"))
			.expressionAttributeValues(map(":p", s("p"), ":t", AttributeValue.fromBool(true)))
			.limit(5));
		assertThat(filtered.count()).isEqualTo(2);
		assertThat(filtered.scannedCount()).isEqualTo(5);
		assertThat(filtered.items()).containsExactly(map("sk", n("2"), "label", s("item2")),
				map("sk", n("4"), "label", s("item4")));
		QueryResponse counted = client.query(r -> r.tableName(t)
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(map(":p", s("p")))
			.select(Select.COUNT));
		assertThat(counted.count()).isEqualTo(10);
		assertThat(counted.hasItems()).isFalse();
	}

	@Test
	void stringRangeKeysSortByUtf8BytesAndSupportBeginsWith() {
		String t = rangeTable("h", "r");
		List<String> keys = List.of("a", "ab", "abc", "b", "\uFFFD", "\uD83D\uDE00", "é", "Z", "a/b", "a0");
		for (String k : keys) {
			client.putItem(r -> r.tableName(t).item(map("h", s("x"), "r", s(k))));
		}
		List<String> ordered = new ArrayList<>();
		client.query(r -> r.tableName(t).keyConditionExpression("h = :h").expressionAttributeValues(map(":h", s("x"))))
			.items()
			.forEach(i -> ordered.add(i.get("r").s()));
		assertThat(ordered).containsExactly("Z", "a", "a/b", "a0", "ab", "abc", "b", "é", "\uFFFD", "\uD83D\uDE00");

		List<String> prefixed = new ArrayList<>();
		client
			.query(r -> r.tableName(t)
				.keyConditionExpression("h = :h AND begins_with(r, :p)")
				.expressionAttributeValues(map(":h", s("x"), ":p", s("a")))
				.scanIndexForward(false))
			.items()
			.forEach(i -> prefixed.add(i.get("r").s()));
		assertThat(prefixed).containsExactly("abc", "ab", "a0", "a/b", "a");
	}

	@Test
	void pagesStopAtOneMegabyte() {
		String t = rangeTable("h", "r");
		for (int i = 0; i < 12; i++) {
			String r0 = String.format("%02d", i);
			client.putItem(r -> r.tableName(t).item(map("h", s("x"), "r", s(r0), "data", b(new byte[200 * 1024]))));
		}
		QueryResponse first = client.query(r -> r.tableName(t)
			.keyConditionExpression("h = :h")
			.expressionAttributeValues(map(":h", s("x")))
			.limit(50));
		assertThat(first.count()).isBetween(4, 6);
		assertThat(first.lastEvaluatedKey()).containsEntry("r", first.items().get(first.count() - 1).get("r"));
		int total = first.count();
		Map<String, AttributeValue> start = first.lastEvaluatedKey();
		while (start != null && !start.isEmpty()) {
			Map<String, AttributeValue> from = start;
			QueryResponse page = client.query(r -> r.tableName(t)
				.keyConditionExpression("h = :h")
				.expressionAttributeValues(map(":h", s("x")))
				.limit(50)
				.exclusiveStartKey(from));
			total += page.count();
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
		}
		assertThat(total).isEqualTo(12);
	}

	@Test
	void queryValidation() {
		String t = numberTable();
		assertValidation(() -> query(t, "sk = :v", map(":v", n("1")), r -> {
		}), "Query condition missed key schema element: pk");
		assertValidation(() -> query(t, "pk = :p OR sk = :v", map(":p", s("p"), ":v", n("1")), r -> {
		}), "Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR");
		assertValidation(() -> query(t, "pk = :p AND sk = :v", map(":p", s("p"), ":v", s("1")), r -> {
		}), "One or more parameter values were invalid: Condition parameter type does not match schema type");
		assertValidation(
				() -> client.query(r -> r.tableName(t)
					.keyConditionExpression("pk = :p")
					.filterExpression("sk > :v")
					.expressionAttributeValues(map(":p", s("p"), ":v", n("1")))),
				"Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
		assertValidation(() -> query(t, "pk = :p", map(":p", s("p")), r -> r.limit(0)),
				"1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value "
						+ "greater than or equal to 1");
		assertValidation(() -> query(t, "pk = :p", map(":p", s("p")), r -> r.exclusiveStartKey(map("pk", s("p")))),
				"The provided starting key is invalid: The provided key element does not match the schema");
	}

	@Test
	void scanPagingAndSegments() {
		String t = numberTable();
		Set<String> seen = new HashSet<>();
		Map<String, AttributeValue> start = null;
		do {
			Map<String, AttributeValue> from = start;
			ScanResponse page = client.scan(r -> r.tableName(t).limit(3).exclusiveStartKey(from));
			page.items().forEach(i -> assertThat(seen.add(i.get("pk").s() + i.get("sk").n())).isTrue());
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		assertThat(seen).hasSize(13);

		Set<String> segmented = new HashSet<>();
		int total = 0;
		for (int segment = 0; segment < 4; segment++) {
			int sgm = segment;
			ScanResponse part = client.scan(r -> r.tableName(t).segment(sgm).totalSegments(4));
			total += part.count();
			part.items().forEach(i -> segmented.add(i.get("pk").s() + i.get("sk").n()));
		}
		assertThat(total).isEqualTo(13);
		assertThat(segmented).isEqualTo(seen);

		ScanResponse filtered = client.scan(r -> r.tableName(t)
			.filterExpression("sk > :v")
			.expressionAttributeValues(map(":v", n("8")))
			.projectionExpression("sk"));
		assertThat(filtered.count()).isEqualTo(2);
		assertThat(filtered.scannedCount()).isEqualTo(13);
		assertThat(filtered.items()).allSatisfy(i -> assertThat(i).containsOnlyKeys("sk"));
		assertValidation(() -> client.scan(r -> r.tableName(t).segment(4).totalSegments(4)),
				"The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 4 is not less "
						+ "than TotalSegments: 4");
	}

}
