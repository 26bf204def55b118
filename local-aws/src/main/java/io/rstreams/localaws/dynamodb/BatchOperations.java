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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * BatchGetItem and BatchWriteItem. The whole request is validated before anything is read
 * or written (too many items, duplicate keys, bad items fail the whole call, as on
 * DynamoDB); each item is then written atomically on its own. Everything is processed, so
 * UnprocessedItems is always empty; UnprocessedKeys is empty unless the response would
 * pass DynamoDB's 16 MB limit.
 */
final class BatchOperations {

	private static final int MAX_GET_KEYS = 100;

	private static final int MAX_WRITES = 25;

	private static final long MAX_GET_BYTES = 16L * 1024 * 1024;

	private final Tables tables;

	BatchOperations(Tables tables) {
		this.tables = tables;
	}

	ObjectNode batchGetItem(JsonNode request) {
		JsonNode requestItems = Requests.object(request, "RequestItems", "requestItems");
		record TableGet(Table table, JsonNode spec, Projection projection, List<PrimaryKey> keys) {
		}
		List<TableGet> gets = new ArrayList<>();
		int total = 0;
		for (Map.Entry<String, JsonNode> entry : requestItems.properties()) {
			JsonNode spec = entry.getValue();
			RequestExpressions expressions = new RequestExpressions(spec, "ProjectionExpression");
			Projection projection = expressions.projection();
			expressions.finish();
			Table table = tables
				.get(Requests.tableName(JsonNodeFactory.instance.stringNode(entry.getKey()), "requestItems"));
			JsonNode keysNode = spec.path("Keys");
			List<PrimaryKey> keys = new ArrayList<>();
			Set<PrimaryKey> seen = new HashSet<>();
			for (JsonNode keyNode : keysNode) {
				PrimaryKey key = table.schema.keyOfKey(AttrValueJson.readItem(keyNode));
				if (!seen.add(key)) {
					throw DynamoDbException.validation("Provided list of item keys contains duplicates");
				}
				keys.add(key);
			}
			total += keys.size();
			if (total > MAX_GET_KEYS) {
				throw DynamoDbException.validation("Too many items requested for the BatchGetItem call");
			}
			gets.add(new TableGet(table, spec, projection, keys));
		}
		if (gets.isEmpty()) {
			throw Requests.constraint("{}", "requestItems", "Member must have length greater than or equal to 1");
		}

		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ObjectNode responses = response.putObject("Responses");
		ObjectNode unprocessed = response.putObject("UnprocessedKeys");
		long bytes = 0;
		for (TableGet get : gets) {
			ArrayNode items = responses.putArray(get.table().name);
			List<PrimaryKey> left = new ArrayList<>();
			for (PrimaryKey key : get.keys()) {
				if (bytes >= MAX_GET_BYTES) {
					left.add(key);
					continue;
				}
				StoredItem stored = read(get.table(), key);
				if (stored != null) {
					bytes += stored.size();
					Map<String, AttrValue> attributes = get.projection() == null ? stored.attributes()
							: get.projection().apply(stored.attributes());
					items.add(AttrValueJson.writeItem(attributes));
				}
			}
			if (!left.isEmpty()) {
				ObjectNode rest = (ObjectNode) get.spec().deepCopy();
				ArrayNode keys = rest.putArray("Keys");
				for (PrimaryKey key : left) {
					keys.add(AttrValueJson.writeItem(get.table().schema.keyAttributes(key)));
				}
				unprocessed.set(get.table().name, rest);
			}
		}
		return response;
	}

	private static StoredItem read(Table table, PrimaryKey key) {
		Lock lock = table.lock.readLock();
		lock.lock();
		try {
			return table.get(key);
		}
		finally {
			lock.unlock();
		}
	}

	ObjectNode batchWriteItem(JsonNode request) {
		JsonNode requestItems = Requests.object(request, "RequestItems", "requestItems");
		Map<Table, List<WriteRequest>> writes = new LinkedHashMap<>();
		int total = 0;
		for (Map.Entry<String, JsonNode> entry : requestItems.properties()) {
			JsonNode list = entry.getValue();
			if (!list.isArray() || list.isEmpty() || list.size() > MAX_WRITES) {
				throw Requests.constraint(list.toString(), "requestItems", "Map value must satisfy constraint: "
						+ "[Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
			}
			total += list.size();
			if (total > MAX_WRITES) {
				throw DynamoDbException.validation("Too many items requested for the BatchWriteItem call");
			}
			Set<PrimaryKey> seen = new HashSet<>();
			for (JsonNode writeNode : list) {
				WriteRequest write = write(entry.getKey(), writeNode);
				if (!seen.add(write.key)) {
					throw DynamoDbException.validation("Provided list of item keys contains duplicates");
				}
				writes.computeIfAbsent(write.table, t -> new ArrayList<>()).add(write);
			}
		}
		if (writes.isEmpty()) {
			throw Requests.constraint("{}", "requestItems", "Member must have length greater than or equal to 1");
		}
		for (Map.Entry<Table, List<WriteRequest>> entry : writes.entrySet()) {
			for (WriteRequest write : entry.getValue()) {
				Lock lock = entry.getKey().lock.writeLock();
				lock.lock();
				try {
					write.commit(write.evaluate(null));
				}
				finally {
					lock.unlock();
				}
			}
		}
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.putObject("UnprocessedItems");
		return response;
	}

	private WriteRequest write(String tableName, JsonNode writeNode) {
		JsonNode put = writeNode.get("PutRequest");
		JsonNode delete = writeNode.get("DeleteRequest");
		boolean hasPut = put != null && !put.isNull();
		boolean hasDelete = delete != null && !delete.isNull();
		if (hasPut == hasDelete) {
			throw DynamoDbException
				.validation("Supplied WriteRequest must contain exactly one of PutRequest or DeleteRequest");
		}
		ObjectNode single = JsonNodeFactory.instance.objectNode();
		single.put("TableName", tableName);
		if (hasPut) {
			single.set("Item", put.get("Item"));
			return WriteRequest.put(tables, single);
		}
		single.set("Key", delete.get("Key"));
		return WriteRequest.delete(tables, single);
	}

}
