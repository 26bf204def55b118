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
import io.rstreams.localaws.dynamodb.expression.Projection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * TransactWriteItems and TransactGetItems. A write transaction locks every table it
 * touches (in name order, so two transactions cannot deadlock), evaluates every action,
 * and stores either all results or none; a failed condition cancels it with one
 * CancellationReason per action, as DynamoDB reports.
 */
final class TransactionOperations {

	private static final int MAX_ACTIONS = 100;

	private final Tables tables;

	TransactionOperations(Tables tables) {
		this.tables = tables;
	}

	ObjectNode transactWriteItems(JsonNode request) {
		JsonNode actions = actions(request);
		List<WriteRequest> writes = new ArrayList<>();
		Set<String> items = new HashSet<>();
		for (JsonNode action : actions) {
			WriteRequest write = write(action);
			if (!items.add(write.table.name + '\u0000' + write.key)) {
				throw DynamoDbException
					.validation("Transaction request cannot include multiple operations on one item");
			}
			writes.add(write);
		}
		List<Lock> locks = lockAll(writes.stream().map(w -> w.table).toList(), true);
		try {
			List<StoredItem> results = new ArrayList<>();
			ArrayNode reasons = JsonNodeFactory.instance.arrayNode();
			List<String> codes = new ArrayList<>();
			boolean cancelled = false;
			for (WriteRequest write : writes) {
				ObjectNode reason = reasons.addObject();
				try {
					results.add(write.evaluate(write.table.get(write.key)));
					reason.put("Code", "None");
					codes.add("None");
				}
				catch (DynamoDbException e) {
					cancelled = true;
					String code = e.code().equals("ConditionalCheckFailedException") ? "ConditionalCheckFailed"
							: "ValidationError";
					reason.put("Code", code);
					reason.put("Message", e.getMessage());
					if (e.extra() != null && e.extra().has("Item")) {
						reason.set("Item", e.extra().get("Item"));
					}
					codes.add(code);
					results.add(null);
				}
			}
			if (cancelled) {
				ObjectNode extra = JsonNodeFactory.instance.objectNode();
				extra.set("CancellationReasons", reasons);
				throw new DynamoDbException("TransactionCanceledException",
						"Transaction cancelled, please refer cancellation reasons for specific reasons " + codes, 400,
						extra);
			}
			for (int i = 0; i < writes.size(); i++) {
				writes.get(i).commit(results.get(i));
			}
		}
		finally {
			unlockAll(locks);
		}
		return JsonNodeFactory.instance.objectNode();
	}

	private WriteRequest write(JsonNode action) {
		List<String> kinds = new ArrayList<>();
		for (String kind : List.of("ConditionCheck", "Put", "Delete", "Update")) {
			if (action.hasNonNull(kind)) {
				kinds.add(kind);
			}
		}
		if (kinds.size() != 1) {
			throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
		}
		JsonNode body = action.get(kinds.get(0));
		return switch (kinds.get(0)) {
			case "ConditionCheck" -> WriteRequest.conditionCheck(tables, body);
			case "Put" -> WriteRequest.put(tables, body);
			case "Delete" -> WriteRequest.delete(tables, body);
			default -> WriteRequest.update(tables, body);
		};
	}

	ObjectNode transactGetItems(JsonNode request) {
		JsonNode actions = actions(request);
		record Get(Table table, PrimaryKey key, Projection projection) {
		}
		List<Get> gets = new ArrayList<>();
		for (JsonNode action : actions) {
			JsonNode body = action.get("Get");
			if (body == null || body.isNull()) {
				throw Requests.constraint(null, "transactItems.member.get", "Member must not be null");
			}
			RequestExpressions expressions = new RequestExpressions(body, "ProjectionExpression");
			Projection projection = expressions.projection();
			expressions.finish();
			Table table = tables.get(Requests.tableName(body));
			gets.add(new Get(table, table.schema.keyOfKey(Requests.item(body, "Key", "key")), projection));
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode responses = response.putArray("Responses");
		List<Lock> locks = lockAll(gets.stream().map(Get::table).toList(), false);
		try {
			for (Get get : gets) {
				ObjectNode entry = responses.addObject();
				StoredItem stored = get.table().get(get.key());
				if (stored != null) {
					Map<String, AttrValue> attributes = get.projection() == null ? stored.attributes()
							: get.projection().apply(stored.attributes());
					entry.set("Item", AttrValueJson.writeItem(attributes));
				}
			}
		}
		finally {
			unlockAll(locks);
		}
		return response;
	}

	private static JsonNode actions(JsonNode request) {
		JsonNode actions = request.get("TransactItems");
		if (actions == null || actions.isNull()) {
			throw Requests.constraint(null, "transactItems", "Member must not be null");
		}
		if (!actions.isArray() || actions.isEmpty() || actions.size() > MAX_ACTIONS) {
			throw Requests.constraint(actions.toString(), "transactItems",
					actions.isEmpty() ? "Member must have length greater than or equal to 1"
							: "Member must have length less than or equal to 100");
		}
		return actions;
	}

	private static List<Lock> lockAll(List<Table> tables, boolean write) {
		TreeSet<Table> ordered = new TreeSet<>(Comparator.comparing((Table t) -> t.name));
		ordered.addAll(tables);
		List<Lock> locks = new ArrayList<>();
		for (Table table : ordered) {
			Lock lock = write ? table.lock.writeLock() : table.lock.readLock();
			lock.lock();
			locks.add(lock);
		}
		return locks;
	}

	private static void unlockAll(List<Lock> locks) {
		for (int i = locks.size() - 1; i >= 0; i--) {
			locks.get(i).unlock();
		}
	}

}
