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

import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import io.rstreams.localaws.dynamodb.value.AttrValue;
import io.rstreams.localaws.dynamodb.value.ValueOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One table: its definition and its items, kept as a sorted map of hash key to a sorted
 * map of range key to item, so a Query reads only its own partition in key order and a
 * Scan pages through a stable order. A read-write lock per table makes each write
 * (condition check included) atomic; callers take the lock, this class does not.
 */
final class Table {

	final String name;

	final TableSchema schema;

	final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final ObjectNode definition;

	private final Instant created = Instant.now();

	private final String tableId = UUID.randomUUID().toString();

	private final TreeMap<AttrValue, TreeMap<AttrValue, StoredItem>> partitions = new TreeMap<>(ValueOrder.SCALARS);

	private long itemCount;

	private long sizeBytes;

	private volatile String ttlAttribute;

	/**
	 * @param definition the parts of the CreateTable request echoed by DescribeTable:
	 * AttributeDefinitions, KeySchema, BillingMode, ProvisionedThroughput,
	 * StreamSpecification, TableClass, DeletionProtectionEnabled
	 */
	Table(String name, TableSchema schema, ObjectNode definition) {
		this.name = name;
		this.schema = schema;
		this.definition = definition;
	}

	StoredItem get(PrimaryKey key) {
		TreeMap<AttrValue, StoredItem> partition = partitions.get(key.hash());
		return partition == null ? null : partition.get(key.range());
	}

	/** Stores an item, returning the one it replaced. */
	StoredItem put(PrimaryKey key, StoredItem item) {
		StoredItem old = partitions.computeIfAbsent(key.hash(), h -> new TreeMap<>(ValueOrder.SCALARS))
			.put(key.range(), item);
		account(old, item);
		return old;
	}

	StoredItem remove(PrimaryKey key) {
		TreeMap<AttrValue, StoredItem> partition = partitions.get(key.hash());
		if (partition == null) {
			return null;
		}
		StoredItem old = partition.remove(key.range());
		if (partition.isEmpty()) {
			partitions.remove(key.hash());
		}
		account(old, null);
		return old;
	}

	private void account(StoredItem removed, StoredItem added) {
		if (removed != null) {
			itemCount--;
			sizeBytes -= removed.size();
		}
		if (added != null) {
			itemCount++;
			sizeBytes += added.size();
		}
	}

	/** The items of one hash key by range key, or null. */
	NavigableMap<AttrValue, StoredItem> partition(AttrValue hash) {
		return partitions.get(hash);
	}

	NavigableMap<AttrValue, TreeMap<AttrValue, StoredItem>> partitions() {
		return partitions;
	}

	String ttlAttribute() {
		return ttlAttribute;
	}

	void ttlAttribute(String attribute) {
		ttlAttribute = attribute;
	}

	String arn() {
		return "arn:aws:dynamodb:us-east-1:000000000000:table/" + name;
	}

	/**
	 * The TableDescription structure of CreateTable, DescribeTable and DeleteTable. Call
	 * with the read lock held.
	 */
	ObjectNode describe(String status) {
		ObjectNode d = JsonNodeFactory.instance.objectNode();
		d.set("AttributeDefinitions", definition.get("AttributeDefinitions"));
		d.put("TableName", name);
		d.set("KeySchema", definition.get("KeySchema"));
		d.put("TableStatus", status);
		d.put("CreationDateTime", created.toEpochMilli() / 1000.0);
		boolean onDemand = "PAY_PER_REQUEST".equals(definition.path("BillingMode").asString(""));
		ObjectNode throughput = d.putObject("ProvisionedThroughput");
		throughput.put("NumberOfDecreasesToday", 0);
		JsonNode provisioned = definition.path("ProvisionedThroughput");
		throughput.put("ReadCapacityUnits", onDemand ? 0 : provisioned.path("ReadCapacityUnits").asLong(0));
		throughput.put("WriteCapacityUnits", onDemand ? 0 : provisioned.path("WriteCapacityUnits").asLong(0));
		d.put("TableSizeBytes", sizeBytes);
		d.put("ItemCount", itemCount);
		d.put("TableArn", arn());
		d.put("TableId", tableId);
		if (onDemand) {
			ObjectNode billing = d.putObject("BillingModeSummary");
			billing.put("BillingMode", "PAY_PER_REQUEST");
			billing.put("LastUpdateToPayPerRequestDateTime", created.toEpochMilli() / 1000.0);
		}
		JsonNode stream = definition.get("StreamSpecification");
		if (stream != null && stream.path("StreamEnabled").asBoolean(false)) {
			d.set("StreamSpecification", stream);
			String label = created.toString().replace("Z", "");
			d.put("LatestStreamLabel", label);
			d.put("LatestStreamArn", arn() + "/stream/" + label);
		}
		if (definition.has("TableClass")) {
			d.putObject("TableClassSummary").put("TableClass", definition.get("TableClass").asString());
		}
		d.put("DeletionProtectionEnabled", definition.path("DeletionProtectionEnabled").asBoolean(false));
		return d;
	}

}
