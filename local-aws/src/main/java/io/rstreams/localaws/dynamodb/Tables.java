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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.rstreams.localaws.dynamodb.value.DynamoDbException;

/** The tables of one engine, by name. */
final class Tables {

	private final ConcurrentMap<String, Table> tables = new ConcurrentHashMap<>();

	/**
	 * The table an item operation names; DynamoDB's message for a missing one carries no
	 * table name.
	 */
	Table get(String name) {
		Table table = tables.get(name);
		if (table == null) {
			throw DynamoDbException.resourceNotFound("Requested resource not found");
		}
		return table;
	}

	/**
	 * The table a table operation names (DescribeTable, DeleteTable, ...), whose message
	 * names it.
	 */
	Table named(String name) {
		Table table = tables.get(name);
		if (table == null) {
			throw DynamoDbException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
		}
		return table;
	}

	void add(Table table) {
		if (tables.putIfAbsent(table.name, table) != null) {
			throw DynamoDbException.resourceInUse("Table already exists: " + table.name);
		}
	}

	Table remove(String name) {
		Table table = tables.remove(name);
		if (table == null) {
			throw DynamoDbException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
		}
		return table;
	}

	List<String> names() {
		List<String> names = new ArrayList<>(tables.keySet());
		Collections.sort(names);
		return names;
	}

	List<Table> all() {
		return new ArrayList<>(tables.values());
	}

}
