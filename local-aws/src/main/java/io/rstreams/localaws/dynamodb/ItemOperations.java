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
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** GetItem, PutItem, UpdateItem and DeleteItem. */
final class ItemOperations {

	private static final List<String> RETURN_VALUES = List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW",
			"UPDATED_NEW");

	private final Tables tables;

	ItemOperations(Tables tables) {
		this.tables = tables;
	}

	ObjectNode getItem(JsonNode request) {
		RequestExpressions expressions = new RequestExpressions(request, "ProjectionExpression");
		Projection projection = expressions.projection();
		expressions.finish();
		Table table = tables.get(Requests.tableName(request));
		PrimaryKey key = table.schema.keyOfKey(Requests.item(request, "Key", "key"));
		StoredItem stored;
		Lock lock = table.lock.readLock();
		lock.lock();
		try {
			stored = table.get(key);
		}
		finally {
			lock.unlock();
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		if (stored != null) {
			Map<String, AttrValue> item = projection == null ? stored.attributes()
					: projection.apply(stored.attributes());
			response.set("Item", AttrValueJson.writeItem(item));
		}
		return response;
	}

	ObjectNode putItem(JsonNode request) {
		String returnValues = returnValues(request, true);
		WriteRequest write = WriteRequest.put(tables, request);
		StoredItem old = execute(write);
		return response("ALL_OLD".equals(returnValues) && old != null ? old.attributes() : null);
	}

	ObjectNode deleteItem(JsonNode request) {
		String returnValues = returnValues(request, true);
		WriteRequest write = WriteRequest.delete(tables, request);
		StoredItem old = execute(write);
		return response("ALL_OLD".equals(returnValues) && old != null ? old.attributes() : null);
	}

	ObjectNode updateItem(JsonNode request) {
		String returnValues = returnValues(request, false);
		WriteRequest write = WriteRequest.update(tables, request);
		StoredItem old;
		StoredItem updated;
		Lock lock = write.table.lock.writeLock();
		lock.lock();
		try {
			old = write.table.get(write.key);
			updated = write.evaluate(old);
			write.commit(updated);
		}
		finally {
			lock.unlock();
		}
		Map<String, AttrValue> attributes = switch (returnValues) {
			case "ALL_OLD" -> old == null ? null : old.attributes();
			case "ALL_NEW" -> updated.attributes();
			case "UPDATED_OLD" -> old == null ? null : updatedPaths(write).apply(old.attributes());
			case "UPDATED_NEW" -> updatedPaths(write).apply(updated.attributes());
			default -> null;
		};
		return response(attributes);
	}

	private static Projection updatedPaths(WriteRequest write) {
		return new Projection(write.update() == null ? List.of() : write.update().paths());
	}

	private static StoredItem execute(WriteRequest write) {
		Lock lock = write.table.lock.writeLock();
		lock.lock();
		try {
			StoredItem old = write.table.get(write.key);
			StoredItem result = write.evaluate(old);
			write.commit(result);
			return old;
		}
		finally {
			lock.unlock();
		}
	}

	private static String returnValues(JsonNode request, boolean oldOnly) {
		String value = Requests.enumValue(request, "ReturnValues", "returnValues", RETURN_VALUES);
		if (value == null) {
			return "NONE";
		}
		if (oldOnly && !value.equals("NONE") && !value.equals("ALL_OLD")) {
			throw DynamoDbException.validation("ReturnValues can only be ALL_OLD or NONE");
		}
		return value;
	}

	private static ObjectNode response(Map<String, AttrValue> attributes) {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		if (attributes != null && !attributes.isEmpty()) {
			response.set("Attributes", AttrValueJson.writeItem(attributes));
		}
		return response;
	}

}
