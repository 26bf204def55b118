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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

class ItemOperationsTest extends DynamoDbTestBase {

	private static Map<String, AttributeValue> get(String table, String id) {
		return client.getItem(r -> r.tableName(table).key(map("id", s(id)))).item();
	}

	@Test
	void putGetDeleteWithEveryAttributeType() {
		String table = hashTable();
		Map<String, AttributeValue> item = map("id", s("a"), "s", s(""), "n", n("12.50"), "b",
				b(new byte[] { 0, 1, -1 }), "bool", AttributeValue.fromBool(false), "null",
				AttributeValue.fromNul(true), "m", m(map("x", l(n("1"), s("y")))), "ss",
				AttributeValue.fromSs(java.util.List.of("p", "q")), "ns",
				AttributeValue.fromNs(java.util.List.of("1", "2.0")), "bs",
				AttributeValue.fromBs(java.util.List.of(SdkBytes.fromByteArray(new byte[] { 9 }))));
		client.putItem(r -> r.tableName(table).item(item));
		Map<String, AttributeValue> read = get(table, "a");
		assertThat(read).containsEntry("n", n("12.5"))
			.containsEntry("b", b(new byte[] { 0, 1, -1 }))
			.containsEntry("s", s(""))
			.containsEntry("m", m(map("x", l(n("1"), s("y")))))
			.containsEntry("null", AttributeValue.fromNul(true));
		assertThat(read.get("ns").ns()).containsExactly("1", "2");

		var deleted = client
			.deleteItem(r -> r.tableName(table).key(map("id", s("a"))).returnValues(ReturnValue.ALL_OLD));
		assertThat(deleted.attributes()).containsEntry("s", s(""));
		assertThat(client.getItem(r -> r.tableName(table).key(map("id", s("a")))).hasItem()).isFalse();
		assertThat(client.deleteItem(r -> r.tableName(table).key(map("id", s("a"))).returnValues(ReturnValue.ALL_OLD))
			.hasAttributes()).isFalse();
	}

	@Test
	void putReturnsTheOldItemAndRejectsOtherReturnValues() {
		String table = hashTable();
		assertThat(client
			.putItem(r -> r.tableName(table).item(map("id", s("a"), "v", n("1"))).returnValues(ReturnValue.ALL_OLD))
			.hasAttributes()).isFalse();
		assertThat(client
			.putItem(r -> r.tableName(table).item(map("id", s("a"), "v", n("2"))).returnValues(ReturnValue.ALL_OLD))
			.attributes()).isEqualTo(map("id", s("a"), "v", n("1")));
		assertValidation(
				() -> client.putItem(r -> r.tableName(table).item(map("id", s("a"))).returnValues(ReturnValue.ALL_NEW)),
				"ReturnValues can only be ALL_OLD or NONE");
	}

	@Test
	void getItemProjection() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table)
			.item(map("id", s("a"), "top", n("1"), "deep", m(map("x", n("1"), "y", n("2"))), "arr",
					l(s("l0"), s("l1"), s("l2")))));
		var projected = client
			.getItem(r -> r.tableName(table)
				.key(map("id", s("a")))
				.projectionExpression("#d.y, arr[2], arr[0], absent")
				.expressionAttributeNames(names("#d", "deep"))
				.consistentRead(true))
			.item();
		assertThat(projected).isEqualTo(map("deep", m(map("y", n("2"))), "arr", l(s("l0"), s("l2"))));
	}

	@Test
	void conditionFailureCanReturnTheOldItem() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table).item(map("id", s("a"), "v", n("1"))));
		assertThatThrownBy(() -> client.putItem(r -> r.tableName(table)
			.item(map("id", s("a"), "v", n("2")))
			.conditionExpression("attribute_not_exists(id)")
			.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
			.isInstanceOfSatisfying(ConditionalCheckFailedException.class,
					e -> assertThat(e.item()).isEqualTo(map("id", s("a"), "v", n("1"))));
		assertThatThrownBy(() -> client.deleteItem(r -> r.tableName(table)
			.key(map("id", s("a")))
			.conditionExpression("v = :two")
			.expressionAttributeValues(map(":two", n("2")))))
			.isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> assertThat(e.hasItem()).isFalse());
		client.deleteItem(r -> r.tableName(table)
			.key(map("id", s("a")))
			.conditionExpression("v = :one")
			.expressionAttributeValues(map(":one", n("1.0"))));
	}

	@Test
	void updateReturnValues() {
		String table = hashTable();
		client.putItem(
				r -> r.tableName(table).item(map("id", s("a"), "x", n("1"), "y", n("5"), "m", m(map("k", n("1"))))));
		var updatedOld = client
			.updateItem(r -> r.tableName(table)
				.key(map("id", s("a")))
				.updateExpression("SET x = x + :one, m.k = :v, z = :v")
				.expressionAttributeValues(map(":one", n("1"), ":v", s("new")))
				.returnValues(ReturnValue.UPDATED_OLD))
			.attributes();
		assertThat(updatedOld).isEqualTo(map("x", n("1"), "m", m(map("k", n("1")))));
		var updatedNew = client
			.updateItem(r -> r.tableName(table)
				.key(map("id", s("a")))
				.updateExpression("set y = y - :one")
				.expressionAttributeValues(map(":one", n("1")))
				.returnValues(ReturnValue.UPDATED_NEW))
			.attributes();
		assertThat(updatedNew).isEqualTo(map("y", n("4")));
		var allOld = client
			.updateItem(r -> r.tableName(table)
				.key(map("id", s("a")))
				.updateExpression("remove z")
				.returnValues(ReturnValue.ALL_OLD))
			.attributes();
		assertThat(allOld).containsEntry("z", s("new")).containsEntry("x", n("2"));
		assertThat(client.updateItem(r -> r.tableName(table).key(map("id", s("a"))).updateExpression("remove z"))
			.hasAttributes()).isFalse();
	}

	@Test
	void updateCreatesMissingItemsWithTheirKey() {
		String table = hashTable();
		var created = client.updateItem(r -> r.tableName(table)
			.key(map("id", s("new")))
			.updateExpression("ADD hits :one SET firstId = if_not_exists(id, :none)")
			.expressionAttributeValues(map(":one", n("1"), ":none", s("none")))
			.returnValues(ReturnValue.ALL_NEW));
		assertThat(created.attributes()).isEqualTo(map("id", s("new"), "hits", n("1"), "firstId", s("new")));
		client.updateItem(r -> r.tableName(table).key(map("id", s("bare"))));
		assertThat(get(table, "bare")).isEqualTo(map("id", s("bare")));
	}

	@Test
	void setsListsAndArithmetic() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table)
			.item(map("id", s("a"), "tags", AttributeValue.fromSs(java.util.List.of("x")), "arr",
					l(n("0"), n("1"), n("2"), n("3")), "cnt", n("10"))));
		client.updateItem(r -> r.tableName(table)
			.key(map("id", s("a")))
			.updateExpression("add tags :more, amount :n " + "set arr = list_append(arr, :tail), cnt = cnt - :n")
			.expressionAttributeValues(map(":more", AttributeValue.fromSs(java.util.List.of("y", "z")), ":n", n("2.5"),
					":tail", l(n("9")))));
		client.updateItem(r -> r.tableName(table).key(map("id", s("a"))).updateExpression("REMOVE arr[0], arr[2]"));
		client.updateItem(r -> r.tableName(table)
			.key(map("id", s("a")))
			.updateExpression("delete tags :gone")
			.expressionAttributeValues(map(":gone", AttributeValue.fromSs(java.util.List.of("x")))));
		Map<String, AttributeValue> item = get(table, "a");
		assertThat(item.get("tags").ss()).containsExactlyInAnyOrder("y", "z");
		assertThat(item.get("amount")).isEqualTo(n("2.5"));
		assertThat(item.get("cnt")).isEqualTo(n("7.5"));
		assertThat(item.get("arr")).isEqualTo(l(n("1"), n("3"), n("9")));

		client.updateItem(r -> r.tableName(table)
			.key(map("id", s("a")))
			.updateExpression("DELETE tags :all")
			.expressionAttributeValues(map(":all", AttributeValue.fromSs(java.util.List.of("y", "z")))));
		assertThat(get(table, "a")).doesNotContainKey("tags");
		client.updateItem(r -> r.tableName(table)
			.key(map("id", s("a")))
			.updateExpression("SET arr[10] = :v")
			.expressionAttributeValues(map(":v", s("appended"))));
		assertThat(get(table, "a").get("arr").l()).last().isEqualTo(s("appended"));
	}

	@Test
	void updateRuntimeErrors() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table).item(map("id", s("a"), "txt", s("t"))));
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set amount = absent + :one")
					.expressionAttributeValues(map(":one", n("1")))),
				"The provided expression refers to an attribute that does not exist in the item");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set txt = txt + :one")
					.expressionAttributeValues(map(":one", n("1")))),
				"An operand in the update expression has an incorrect data type");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("add txt :one")
					.expressionAttributeValues(map(":one", n("1")))),
				"An operand in the update expression has an incorrect data type");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set txt.deep = :one")
					.expressionAttributeValues(map(":one", n("1")))),
				"The document path provided in the update expression is invalid for update");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set id = :one")
					.expressionAttributeValues(map(":one", s("b")))),
				"One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set n = :big + :big")
					.expressionAttributeValues(map(":big", n("9E+125")))),
				"Number overflow. Attempting to store a number with magnitude larger than supported range");
	}

	/**
	 * A false condition wins over an update that is invalid for the item (found by the
	 * dynalite oracle, interop-tests DynamoDbOracleTest): DynamoDB checks the condition
	 * on the stored item first.
	 */
	@Test
	void conditionIsCheckedBeforeTheUpdateIsApplied() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table).item(map("id", s("a"), "txt", s("t"))));
		assertFails(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set absent.deep = :one")
					.conditionExpression("attribute_exists(absent)")
					.expressionAttributeValues(map(":one", n("1")))),
				ConditionalCheckFailedException.class, "The conditional request failed");
		assertFails(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("add txt :one")
					.conditionExpression("txt = :other")
					.expressionAttributeValues(map(":one", n("1"), ":other", s("u")))),
				ConditionalCheckFailedException.class, "The conditional request failed");
		assertFails(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("missing")))
					.updateExpression("set m.k = :one")
					.conditionExpression("attribute_exists(m)")
					.expressionAttributeValues(map(":one", n("1")))),
				ConditionalCheckFailedException.class, "The conditional request failed");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set absent.deep = :one")
					.conditionExpression("attribute_not_exists(absent)")
					.expressionAttributeValues(map(":one", n("1")))),
				"The document path provided in the update expression is invalid for update");
		assertThat(client.getItem(r -> r.tableName(table).key(map("id", s("a")))).item())
			.isEqualTo(map("id", s("a"), "txt", s("t")));
		assertThat(client.getItem(r -> r.tableName(table).key(map("id", s("missing")))).hasItem()).isFalse();
	}

	@Test
	void itemSizeLimit() {
		String table = hashTable();
		byte[] almost = new byte[400 * 1024 - 20];
		client.putItem(r -> r.tableName(table).item(map("id", s("a"), "data", b(almost))));
		assertValidation(
				() -> client.putItem(r -> r.tableName(table).item(map("id", s("b"), "data", b(new byte[400 * 1024])))),
				"Item size has exceeded the maximum allowed size");
		assertValidation(
				() -> client.updateItem(r -> r.tableName(table)
					.key(map("id", s("a")))
					.updateExpression("set more = :more")
					.expressionAttributeValues(map(":more", s("0123456789012345678901")))),
				"Item size to update has exceeded the maximum allowed size");
	}

	@Test
	void keyValidation() {
		String table = hashTable();
		assertValidation(() -> client.putItem(r -> r.tableName(table).item(map("id", s("")))),
				"One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty "
						+ "string value. Key: id");
		assertValidation(() -> client.putItem(r -> r.tableName(table).item(map("id", n("1")))),
				"One or more parameter values were invalid: Type mismatch for key id expected: S actual: N");
		assertValidation(() -> client.putItem(r -> r.tableName(table).item(map("other", s("x")))),
				"One or more parameter values were invalid: Missing the key id in the item");
		assertValidation(() -> client.getItem(r -> r.tableName(table).key(map("id", s("a"), "x", s("b")))),
				"The provided key element does not match the schema");
		assertValidation(() -> client.getItem(r -> r.tableName(table).key(map("id", s("")))),
				"One or more parameter values were invalid: The AttributeValue for a key attribute cannot contain an empty "
						+ "string value. Key: id");
		assertFails(() -> client.getItem(r -> r.tableName("nope").key(map("id", s("a")))),
				ResourceNotFoundException.class, "Requested resource not found");
	}

	@Test
	void attributeValueValidation() {
		String table = hashTable();
		assertValidation(
				() -> client.putItem(r -> r.tableName(table)
					.item(map("id", s("a"), "set", AttributeValue.fromSs(java.util.List.of("x", "x"))))),
				"One or more parameter values were invalid: Input collection [x, x] contains duplicates.");
		assertValidation(() -> client.putItem(
				r -> r.tableName(table).item(map("id", s("a"), "set", AttributeValue.fromNs(java.util.List.of())))),
				"One or more parameter values were invalid: An number set  may not be empty");
		assertValidation(() -> client.putItem(r -> r.tableName(table).item(map("id", s("a"), "n", n("abc")))),
				"The parameter cannot be converted to a numeric value: abc");
		assertValidation(() -> client.putItem(
				r -> r.tableName(table).item(map("id", s("a"), "n", n("1234567890123456789012345678901234567890")))),
				"Attempting to store more than 38 significant digits in a Number");
	}

	@Test
	void numbersCompareNumerically() {
		String table = hashTable();
		client.putItem(r -> r.tableName(table)
			.item(map("id", s("a"), "v", n("10"), "big", n("12345678901234567890123456789012345678"))));
		client.updateItem(r -> r.tableName(table)
			.key(map("id", s("a")))
			.updateExpression("set w = :w")
			.conditionExpression("v > :nine AND v = :ten AND big > :less")
			.expressionAttributeValues(map(":w", n("1"), ":nine", n("9.99"), ":ten", n("1E1"), ":less",
					n("12345678901234567890123456789012345677"))));
		assertThat(get(table, "a")).containsEntry("w", n("1"));
	}

}
