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
import static io.rstreams.localaws.Clients.l;
import static io.rstreams.localaws.Clients.m;
import static io.rstreams.localaws.Clients.map;
import static io.rstreams.localaws.Clients.n;
import static io.rstreams.localaws.Clients.names;
import static io.rstreams.localaws.Clients.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Condition, update and projection expressions: evaluation, and the validation errors
 * DynamoDB gives.
 */
class ExpressionTest extends DynamoDbTestBase {

	private String table;

	@BeforeEach
	void item() {
		table = hashTable();
		client.putItem(r -> r.tableName(table)
			.item(map("id", s("a"), "num", n("5"), "str", s("hello world"), "bin", b(new byte[] { 1, 2, 3 }), "flag",
					AttributeValue.fromBool(true), "strs", AttributeValue.fromSs(List.of("x", "y")), "arr",
					l(s("p"), n("1")), "doc", m(map("a.b", m(map("c:d", n("1"))), "k", s("v"))))));
	}

	/**
	 * Whether the condition holds for the item, found with a conditional update that
	 * changes nothing.
	 */
	private boolean holds(String condition, Map<String, String> names, Map<String, AttributeValue> values) {
		try {
			client.updateItem(r -> {
				r.tableName(table).key(map("id", s("a"))).conditionExpression(condition);
				if (!names.isEmpty()) {
					r.expressionAttributeNames(names);
				}
				if (!values.isEmpty()) {
					r.expressionAttributeValues(values);
				}
			});
			return true;
		}
		catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException e) {
			return false;
		}
	}

	private boolean holds(String condition, Map<String, AttributeValue> values) {
		return holds(condition, Map.of(), values);
	}

	@Test
	void comparisons() {
		assertThat(holds("num = :v", map(":v", n("5.0")))).isTrue();
		assertThat(holds("num <> :v", map(":v", n("5")))).isFalse();
		assertThat(holds("num < :v", map(":v", n("10")))).isTrue();
		assertThat(holds("num >= :v", map(":v", n("5")))).isTrue();
		assertThat(holds("num > :v", map(":v", s("1")))).as("different types").isFalse();
		assertThat(holds("str < :v", map(":v", s("hello x")))).isTrue();
		assertThat(holds("bin < :v", map(":v", b(new byte[] { 1, 2, 4 })))).isTrue();
		assertThat(holds("nothing = :v", map(":v", n("1")))).as("missing attribute").isFalse();
		assertThat(holds("nothing < :v", map(":v", n("1")))).isFalse();
		assertThat(holds("nothing <> :v", map(":v", n("1")))).as("<> of a missing attribute").isTrue();
		assertThat(holds("num BETWEEN :a AND :b", map(":a", n("1"), ":b", n("5")))).isTrue();
		assertThat(holds("num between :a and :b", map(":a", n("6"), ":b", n("9")))).isFalse();
		assertThat(holds("num IN (:a, :b)", map(":a", n("1"), ":b", n("5")))).isTrue();
		assertThat(holds("arr[1] = :one AND arr[0] = :p", map(":one", n("1"), ":p", s("p")))).isTrue();
	}

	@Test
	void functions() {
		assertThat(holds("attribute_exists(flag) AND attribute_not_exists(nothing)", map())).isTrue();
		assertThat(holds("attribute_type(num, :t)", map(":t", s("N")))).isTrue();
		assertThat(holds("attribute_type(num, :t)", map(":t", s("S")))).isFalse();
		assertThat(holds("begins_with(str, :p)", map(":p", s("hell")))).isTrue();
		assertThat(holds("begins_with(bin, :p)", map(":p", b(new byte[] { 1, 2 })))).isTrue();
		assertThat(holds("contains(str, :p)", map(":p", s("o w")))).isTrue();
		assertThat(holds("contains(strs, :p)", map(":p", s("y")))).isTrue();
		assertThat(holds("contains(arr, :p)", map(":p", n("1")))).isTrue();
		assertThat(holds("contains(strs, :p)", map(":p", s("z")))).isFalse();
		assertThat(holds("size(str) = :n", map(":n", n("11")))).isTrue();
		assertThat(holds("size(strs) = :n AND size(arr) = :n", map(":n", n("2")))).isTrue();
		assertThat(holds("size(bin) > :n", map(":n", n("2")))).isTrue();
	}

	@Test
	void precedenceAndParentheses() {
		Map<String, AttributeValue> v = map(":t", AttributeValue.fromBool(true), ":f", AttributeValue.fromBool(false));
		assertThat(holds("flag = :t OR flag = :f AND flag = :f", v)).as("AND binds tighter than OR").isTrue();
		assertThat(holds("(flag = :t OR flag = :f) AND flag = :f", v)).isFalse();
		assertThat(holds("NOT flag = :t AND flag = :f", v)).as("NOT binds tighter than AND").isFalse();
		assertThat(holds("NOT flag = :f AND flag = :t", v)).isTrue();
		assertThat(holds("NOT (flag = :t AND flag = :t)", map(":t", AttributeValue.fromBool(true)))).isFalse();
		assertThat(holds("not attribute_exists(nothing) and (size(str)) > :n", map(":n", n("3")))).isTrue();
	}

	@Test
	void namesWithDotsAndColonsAreSingleMapKeys() {
		assertThat(holds("#doc.#ab.#cd = :one", names("#doc", "doc", "#ab", "a.b", "#cd", "c:d"), map(":one", n("1"))))
			.isTrue();
		assertThat(holds("doc.k = :v", map(":v", s("v")))).isTrue();
	}

	@Test
	void keywordsAreCaseInsensitive() {
		client.updateItem(r -> r.tableName(table)
			.key(map("id", s("a")))
			.updateExpression("sEt x1 = :v ReMoVe num aDd counter1 :one")
			.expressionAttributeValues(map(":v", s("x"), ":one", n("1"))));
		var item = client.getItem(r -> r.tableName(table).key(map("id", s("a")))).item();
		assertThat(item).containsEntry("x1", s("x")).containsEntry("counter1", n("1")).doesNotContainKey("num");
	}

	@Test
	void unusedAndUndefinedPlaceholders() {
		assertValidation(() -> holds("num = :v", map(":v", n("5"), ":x", n("1"))),
				"Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}");
		assertValidation(() -> holds("num = :v", names("#x", "num"), map(":v", n("5"))),
				"Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}");
		assertValidation(() -> holds("num = :x", map(":v", n("5"))),
				"Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
						+ "attribute value: :x");
		assertValidation(() -> holds("#nope = :v", map(":v", n("5"))),
				"Invalid ConditionExpression: An expression attribute name used in the document path is not defined; "
						+ "attribute name: #nope");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set x1 = :v")
					.expressionAttributeValues(map(":v", s("a"), ":w", s("b")))),
				"Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}");
		assertValidation(
				() -> client.getItem(
						r -> r.tableName(table).key(map("id", s("a"))).expressionAttributeNames(names("#a", "num"))),
				"ExpressionAttributeNames can only be specified when using expressions");
		assertValidation(() -> holds("num = :v", map()),
				"Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
						+ "attribute value: :v");
	}

	@Test
	void reservedWords() {
		assertValidation(() -> holds("size = :v", map(":v", n("5"))),
				"Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: size");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set doc.Name = :v")
					.expressionAttributeValues(map(":v", s("a")))),
				"Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: Name");
		assertValidation(
				() -> client.getItem(r -> r.tableName(table).key(map("id", s("a"))).projectionExpression("id, status")),
				"Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: status");
	}

	@Test
	void syntaxAndStructureErrors() {
		assertValidation(() -> holds("num = ", map()),
				"Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
		assertValidation(() -> holds("num = :v AND", map(":v", n("5"))),
				"Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"");
		assertValidation(() -> holds("num $ :v", map(":v", n("5"))),
				"Invalid ConditionExpression: Syntax error; token: \"$\", near: \"num $\"");
		assertValidation(() -> holds("foo(num)", map()),
				"Invalid ConditionExpression: Invalid function name; function: foo");
	}

	@Test
	void updateStructureErrors() {
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set a1 = :v set b1 = :v")
					.expressionAttributeValues(map(":v", s("a")))),
				"Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set doc.k = :v remove doc")
					.expressionAttributeValues(map(":v", s("a")))),
				"Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these "
						+ "paths; path one: [doc, k], path two: [doc]");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("add strs :v")
					.expressionAttributeValues(map(":v", s("a")))),
				"Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: "
						+ "STRING");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set x1 = if_not_exists(:v, :v)")
					.expressionAttributeValues(map(":v", s("a")))),
				"Invalid UpdateExpression: Operator or function requires a document path; operator or function: "
						+ "if_not_exists");
		assertValidation(
				() -> client.updateItem(
						r -> r.tableName(table).key(map("id", s("a"))).updateExpression("set x1 = list_append(arr)")),
				"Invalid UpdateExpression: Incorrect number of operands for operator or function; operator or function: "
						+ "list_append, number of operands: 1");
	}

}
