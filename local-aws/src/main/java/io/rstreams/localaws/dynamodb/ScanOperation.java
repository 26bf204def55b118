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
import io.rstreams.localaws.dynamodb.expression.Condition;
import io.rstreams.localaws.dynamodb.expression.Projection;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scan: reads partitions in hash key order (range keys in order within each), resuming
 * after an ExclusiveStartKey. A parallel scan's segment owns the hash keys whose hash
 * code falls in it, so segments are disjoint and together cover the table.
 */
final class ScanOperation {

	private final Tables tables;

	ScanOperation(Tables tables) {
		this.tables = tables;
	}

	ObjectNode scan(JsonNode request) {
		RequestExpressions expressions = new RequestExpressions(request, "FilterExpression", "ProjectionExpression");
		Condition filter = expressions.condition("FilterExpression");
		Projection projection = expressions.projection();
		expressions.finish();
		Table table = tables.get(Requests.tableName(request));
		if (request.hasNonNull("IndexName")) {
			throw DynamoDbException
				.validation("The table does not have the specified index: " + request.get("IndexName").asString());
		}
		boolean countOnly = ReadPage.countOnly(request, projection);
		Integer limit = Requests.integer(request, "Limit", "limit", 1);
		Integer segment = Requests.integer(request, "Segment", "segment", 0);
		Integer totalSegments = Requests.integer(request, "TotalSegments", "totalSegments", 1);
		checkSegments(segment, totalSegments);
		PrimaryKey start = null;
		if (request.hasNonNull("ExclusiveStartKey")) {
			start = table.schema.keyOfKey(AttrValueJson.readItem(request.get("ExclusiveStartKey")),
					"The provided starting key is invalid: The provided key element does not match the schema");
		}

		ReadPage page = new ReadPage(limit);
		Lock lock = table.lock.readLock();
		lock.lock();
		try {
			read(table, start, segment, totalSegments, page);
		}
		finally {
			lock.unlock();
		}
		return page.response(table.schema, filter, projection, countOnly);
	}

	private static void read(Table table, PrimaryKey start, Integer segment, Integer totalSegments, ReadPage page) {
		NavigableMap<AttrValue, TreeMap<AttrValue, StoredItem>> partitions = start == null ? table.partitions()
				: table.partitions().tailMap(start.hash(), true);
		Iterator<Map.Entry<AttrValue, TreeMap<AttrValue, StoredItem>>> parts = partitions.entrySet().iterator();
		while (parts.hasNext()) {
			Map.Entry<AttrValue, TreeMap<AttrValue, StoredItem>> part = parts.next();
			if (totalSegments != null && Math.floorMod(part.getKey().hashCode(), totalSegments) != segment) {
				continue;
			}
			NavigableMap<AttrValue, StoredItem> items = part.getValue();
			if (start != null && part.getKey().equals(start.hash())) {
				items = items.tailMap(start.range(), false);
			}
			Iterator<StoredItem> values = items.values().iterator();
			while (values.hasNext()) {
				if (!page.add(values.next())) {
					if (page.limitReached() || values.hasNext() || parts.hasNext()) {
						page.cut();
					}
					return;
				}
			}
		}
	}

	private static void checkSegments(Integer segment, Integer totalSegments) {
		if (segment != null && totalSegments == null) {
			throw DynamoDbException
				.validation("The TotalSegments parameter is required but was not present in the request "
						+ "when Segment parameter is present");
		}
		if (segment == null && totalSegments != null) {
			throw DynamoDbException
				.validation("The Segment parameter is required but was not present in the request when "
						+ "parameter TotalSegments is present");
		}
		if (totalSegments != null && totalSegments > 1_000_000) {
			throw Requests.constraint(totalSegments, "totalSegments",
					"Member must have value less than or equal to 1000000");
		}
		if (segment != null && segment >= totalSegments) {
			throw DynamoDbException.validation("The Segment parameter is zero-based and must be less than parameter "
					+ "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + totalSegments);
		}
	}

}
