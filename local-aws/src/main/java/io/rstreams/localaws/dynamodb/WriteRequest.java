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

import io.rstreams.localaws.dynamodb.value.AttrValue;
import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import io.rstreams.localaws.dynamodb.value.ItemSize;
import io.rstreams.localaws.dynamodb.expression.Condition;
import io.rstreams.localaws.dynamodb.expression.DocumentPath;
import io.rstreams.localaws.dynamodb.expression.UpdateExpression;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One validated single-item write (Put, Update, Delete or a transaction's
 * ConditionCheck), split into {@link #evaluate} (compute the new item and check the
 * condition, changing nothing) and {@link #commit} (store it), so
 * PutItem/UpdateItem/DeleteItem and TransactWriteItems share the same semantics. The
 * caller holds the table's write lock across both steps.
 */
final class WriteRequest {

	enum Kind {

		PUT, UPDATE, DELETE, CONDITION_CHECK

	}

	private static final List<String> ON_FAILURE = List.of("NONE", "ALL_OLD");

	final Kind kind;

	final Table table;

	final PrimaryKey key;

	private final Map<String, AttrValue> item;

	private final UpdateExpression update;

	private final Condition condition;

	private final boolean returnOldOnFailure;

	private WriteRequest(Kind kind, Table table, PrimaryKey key, Map<String, AttrValue> item, UpdateExpression update,
			Condition condition, JsonNode request) {
		this.kind = kind;
		this.table = table;
		this.key = key;
		this.item = item;
		this.update = update;
		this.condition = condition;
		this.returnOldOnFailure = "ALL_OLD".equals(Requests.enumValue(request, "ReturnValuesOnConditionCheckFailure",
				"returnValuesOnConditionCheckFailure", ON_FAILURE));
	}

	static WriteRequest put(Tables tables, JsonNode request) {
		RequestExpressions expressions = new RequestExpressions(request, "ConditionExpression");
		Condition condition = expressions.condition("ConditionExpression");
		expressions.finish();
		Table table = tables.get(Requests.tableName(request));
		Map<String, AttrValue> item = Requests.item(request, "Item", "item");
		PrimaryKey key = table.schema.keyOfItem(item);
		if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
			throw DynamoDbException.validation("Item size has exceeded the maximum allowed size");
		}
		return new WriteRequest(Kind.PUT, table, key, item, null, condition, request);
	}

	static WriteRequest update(Tables tables, JsonNode request) {
		RequestExpressions expressions = new RequestExpressions(request, "UpdateExpression", "ConditionExpression");
		UpdateExpression update = expressions.update();
		Condition condition = expressions.condition("ConditionExpression");
		expressions.finish();
		Table table = tables.get(Requests.tableName(request));
		PrimaryKey key = table.schema.keyOfKey(Requests.item(request, "Key", "key"));
		if (update != null) {
			for (DocumentPath path : update.paths()) {
				String name = path.topLevelName();
				if (path.size() > 1 && table.schema.isKeyAttribute(name)) {
					throw DynamoDbException
						.validation("Key attributes must be scalars; list random access '[]' and map "
								+ "lookup '.' are not allowed: Key: " + name);
				}
				if (table.schema.isKeyAttribute(name)) {
					throw DynamoDbException
						.validation("One or more parameter values were invalid: Cannot update attribute " + name
								+ ". This attribute is part of the key");
				}
			}
		}
		return new WriteRequest(Kind.UPDATE, table, key, null, update, condition, request);
	}

	static WriteRequest delete(Tables tables, JsonNode request) {
		return keyed(Kind.DELETE, tables, request);
	}

	static WriteRequest conditionCheck(Tables tables, JsonNode request) {
		if (!request.hasNonNull("ConditionExpression")) {
			throw Requests.constraint(null, "conditionExpression", "Member must not be null");
		}
		return keyed(Kind.CONDITION_CHECK, tables, request);
	}

	private static WriteRequest keyed(Kind kind, Tables tables, JsonNode request) {
		RequestExpressions expressions = new RequestExpressions(request, "ConditionExpression");
		Condition condition = expressions.condition("ConditionExpression");
		expressions.finish();
		Table table = tables.get(Requests.tableName(request));
		PrimaryKey key = table.schema.keyOfKey(Requests.item(request, "Key", "key"));
		return new WriteRequest(kind, table, key, null, null, condition, request);
	}

	UpdateExpression update() {
		return update;
	}

	/**
	 * The item this write leaves (null for Delete and ConditionCheck), computed from the
	 * stored item {@code old} (null when absent). The condition is checked against the
	 * stored item before the update is applied, so a false condition fails with
	 * ConditionalCheckFailedException even when the update would be invalid for the item
	 * (a nested path whose parent map is missing); only a write whose condition holds
	 * meets the ValidationException. That is the order dynalite (whose tests are written
	 * against DynamoDB) and the DynamoDB idiom "SET m.k with attribute_exists(m), create
	 * m on a failed condition" rely on.
	 * @throws DynamoDbException ConditionalCheckFailedException or ValidationException;
	 * nothing has changed then
	 */
	StoredItem evaluate(StoredItem old) {
		Map<String, AttrValue> current = old == null ? Map.of() : old.attributes();
		if (condition != null && !condition.test(current)) {
			throw DynamoDbException
				.conditionalCheckFailed(returnOldOnFailure && old != null ? AttrValueJson.writeItem(current) : null);
		}
		return switch (kind) {
			case PUT -> new StoredItem(item, ItemSize.of(item));
			case UPDATE -> {
				Map<String, AttrValue> base = old == null ? table.schema.keyAttributes(key) : current;
				Map<String, AttrValue> updated = update == null ? base : update.apply(base);
				long size = ItemSize.of(updated);
				if (size > ItemSize.MAX_ITEM_BYTES) {
					throw DynamoDbException.validation("Item size to update has exceeded the maximum allowed size");
				}
				yield new StoredItem(updated, size);
			}
			default -> null;
		};
	}

	/**
	 * Stores what {@link #evaluate} returned; returns the item it replaced or removed.
	 */
	StoredItem commit(StoredItem result) {
		return switch (kind) {
			case PUT, UPDATE -> table.put(key, result);
			case DELETE -> table.remove(key);
			case CONDITION_CHECK -> table.get(key);
		};
	}

}
