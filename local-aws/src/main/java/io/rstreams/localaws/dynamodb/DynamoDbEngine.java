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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import io.rstreams.localaws.dynamodb.value.AttrValue;
import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-memory DynamoDB: executes operations given as the JSON 1.0 request bodies the
 * SDKs send and returns the response bodies they expect. The HTTP server is a thin layer
 * over this, so tests and tools can also call it directly with the same semantics.
 * Thread-safe.
 */
public final class DynamoDbEngine {

	private final Tables tables = new Tables();

	private final Map<String, Function<JsonNode, ObjectNode>> operations = new TreeMap<>();

	public DynamoDbEngine() {
		TableOperations tableOps = new TableOperations(tables);
		ItemOperations itemOps = new ItemOperations(tables);
		QueryOperation query = new QueryOperation(tables);
		ScanOperation scan = new ScanOperation(tables);
		BatchOperations batch = new BatchOperations(tables);
		TransactionOperations transactions = new TransactionOperations(tables);
		operations.put("CreateTable", tableOps::createTable);
		operations.put("DescribeTable", tableOps::describeTable);
		operations.put("ListTables", tableOps::listTables);
		operations.put("DeleteTable", tableOps::deleteTable);
		operations.put("UpdateTimeToLive", tableOps::updateTimeToLive);
		operations.put("DescribeTimeToLive", tableOps::describeTimeToLive);
		operations.put("GetItem", itemOps::getItem);
		operations.put("PutItem", itemOps::putItem);
		operations.put("UpdateItem", itemOps::updateItem);
		operations.put("DeleteItem", itemOps::deleteItem);
		operations.put("Query", query::query);
		operations.put("Scan", scan::scan);
		operations.put("BatchGetItem", batch::batchGetItem);
		operations.put("BatchWriteItem", batch::batchWriteItem);
		operations.put("TransactWriteItems", transactions::transactWriteItems);
		operations.put("TransactGetItems", transactions::transactGetItems);
	}

	/** The operation names this engine implements, e.g. {@code PutItem}. */
	public List<String> operations() {
		return new ArrayList<>(operations.keySet());
	}

	/**
	 * Executes one operation.
	 * @param operation the operation name, as in
	 * {@code X-Amz-Target: DynamoDB_20120810.<operation>}
	 * @param request the request body
	 * @return the response body
	 * @throws DynamoDbException the error DynamoDB would return
	 */
	public ObjectNode execute(String operation, JsonNode request) {
		Function<JsonNode, ObjectNode> handler = operations.get(operation);
		if (handler == null) {
			throw DynamoDbException.unknownOperation(operation);
		}
		if (request == null || !request.isObject()) {
			throw DynamoDbException.serialization("The request body must be a JSON object");
		}
		return handler.apply(request);
	}

	/** The names of the existing tables, sorted. */
	public List<String> tableNames() {
		return tables.names();
	}

	/**
	 * Deletes the items whose TTL attribute (for tables with TTL enabled) is a number of
	 * epoch seconds at or before {@code now}. DynamoDB does this in the background some
	 * time after expiry; here it happens only when called.
	 * @return the number of items deleted
	 */
	public int expireItems(Instant now) {
		BigDecimal cutoff = BigDecimal.valueOf(now.getEpochSecond());
		int deleted = 0;
		for (Table table : tables.all()) {
			String attribute = table.ttlAttribute();
			if (attribute == null) {
				continue;
			}
			Lock lock = table.lock.writeLock();
			lock.lock();
			try {
				List<PrimaryKey> expired = new ArrayList<>();
				table.partitions().values().forEach(partition -> partition.values().forEach(item -> {
					AttrValue ttl = item.attributes().get(attribute);
					if (ttl != null && ttl.type() == AttrValue.Type.N && ttl.n().compareTo(cutoff) <= 0) {
						expired.add(table.schema.keyOfItem(item.attributes()));
					}
				}));
				expired.forEach(table::remove);
				deleted += expired.size();
			}
			finally {
				lock.unlock();
			}
		}
		return deleted;
	}

}
