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
import io.rstreams.localaws.dynamodb.expression.ConditionPaths;
import io.rstreams.localaws.dynamodb.expression.KeyCondition;
import io.rstreams.localaws.dynamodb.expression.Projection;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.locks.Lock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Query: reads one partition's sorted range map between the bounds of the key condition,
 * in either direction, so its cost is the size of the page rather than of the table.
 */
final class QueryOperation {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private final Tables tables;

	QueryOperation(Tables tables) {
		this.tables = tables;
	}

	ObjectNode query(JsonNode request) {
		RequestExpressions expressions = new RequestExpressions(request, "KeyConditionExpression", "FilterExpression",
				"ProjectionExpression");
		KeyCondition keyCondition = expressions.keyCondition();
		Condition filter = expressions.condition("FilterExpression");
		Projection projection = expressions.projection();
		expressions.finish();
		Table table = tables.get(Requests.tableName(request));
		if (request.hasNonNull("IndexName")) {
			throw DynamoDbException
				.validation("The table does not have the specified index: " + request.get("IndexName").asString());
		}
		if (keyCondition == null) {
			throw DynamoDbException.validation(
					"Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
		}
		boolean countOnly = ReadPage.countOnly(request, projection);
		Integer limit = Requests.integer(request, "Limit", "limit", 1);
		boolean forward = Requests.bool(request, "ScanIndexForward", true);
		TableSchema schema = table.schema;
		AttrValue hash = hashValue(schema, keyCondition);
		KeyCondition.Term rangeTerm = schema.hasRange() ? keyCondition.term(schema.rangeKey) : null;
		checkRangeTerm(schema, rangeTerm);
		if (filter != null) {
			for (String name : ConditionPaths.topLevelNames(filter)) {
				if (schema.isKeyAttribute(name)) {
					throw DynamoDbException.validation(
							"Filter Expression can only contain non-primary key attributes: Primary key attribute: "
									+ name);
				}
			}
		}
		KeyRange range = KeyRange.of(rangeTerm);
		if (request.hasNonNull("ExclusiveStartKey")) {
			PrimaryKey start = schema.keyOfKey(AttrValueJson.readItem(request.get("ExclusiveStartKey")),
					"The provided starting key is invalid: The provided key element does not match the schema");
			if (!start.hash().equals(hash)) {
				throw DynamoDbException
					.validation("The provided starting key is outside query boundaries based on provided conditions");
			}
			range.startAfter(start.range(), forward);
		}

		ReadPage page = new ReadPage(limit);
		Lock lock = table.lock.readLock();
		lock.lock();
		try {
			NavigableMap<AttrValue, StoredItem> partition = table.partition(hash);
			if (partition != null) {
				read(range.view(partition), range, forward, page);
			}
		}
		finally {
			lock.unlock();
		}
		return page.response(schema, filter, projection, countOnly);
	}

	private static void read(NavigableMap<AttrValue, StoredItem> view, KeyRange range, boolean forward, ReadPage page) {
		Iterator<Map.Entry<AttrValue, StoredItem>> entries = (forward ? view : view.descendingMap()).entrySet()
			.iterator();
		boolean matched = false;
		while (entries.hasNext()) {
			Map.Entry<AttrValue, StoredItem> entry = entries.next();
			if (!range.matches(entry.getKey())) {
				if (matched || forward) {
					return;
				}
				continue;
			}
			matched = true;
			if (!page.add(entry.getValue())) {
				if (page.limitReached() || entries.hasNext() && range.matches(entries.next().getKey())) {
					page.cut();
				}
				return;
			}
		}
	}

	private static AttrValue hashValue(TableSchema schema, KeyCondition keyCondition) {
		KeyCondition.Term term = keyCondition.term(schema.hashKey);
		if (term == null) {
			throw DynamoDbException.validation("Query condition missed key schema element: " + schema.hashKey);
		}
		for (KeyCondition.Term other : keyCondition.terms()) {
			if (!schema.isKeyAttribute(other.attribute())) {
				throw DynamoDbException.validation("Query condition missed key schema element: "
						+ (schema.hasRange() ? schema.rangeKey : schema.hashKey));
			}
		}
		if (term.operator() != KeyCondition.Operator.EQ) {
			throw DynamoDbException.validation("Query key condition not supported");
		}
		AttrValue hash = term.values().get(0);
		if (hash.type() != schema.hashType) {
			throw DynamoDbException.validation(INVALID + "Condition parameter type does not match schema type");
		}
		return hash;
	}

	private static void checkRangeTerm(TableSchema schema, KeyCondition.Term term) {
		if (term == null) {
			return;
		}
		for (AttrValue v : term.values()) {
			if (v.type() != schema.rangeType) {
				throw DynamoDbException.validation(INVALID + "Condition parameter type does not match schema type");
			}
		}
		if (term.operator() == KeyCondition.Operator.BEGINS_WITH && schema.rangeType == AttrValue.Type.N) {
			throw DynamoDbException.validation("Invalid KeyConditionExpression: Incorrect operand type for operator or "
					+ "function; operator or function: begins_with, operand type: N");
		}
	}

}
