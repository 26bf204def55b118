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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The items a Query or Scan read for one page, and the page's response. As on DynamoDB,
 * Limit counts items read before the filter, and a page stops at 1 MB of items read;
 * either way LastEvaluatedKey tells where to go on. Items are gathered under the table's
 * read lock and turned into JSON after it is released (stored items never change).
 */
final class ReadPage {

	/** DynamoDB stops a Query or Scan page after this much data. */
	static final long MAX_PAGE_BYTES = 1024 * 1024;

	private static final String INVALID = "One or more parameter values were invalid: ";

	private final int limit;

	private final List<StoredItem> items = new ArrayList<>();

	private long bytes;

	private StoredItem last;

	private boolean cut;

	ReadPage(Integer limit) {
		this.limit = limit == null ? Integer.MAX_VALUE : limit;
	}

	/** Adds an item read; returns false when the page is full. */
	boolean add(StoredItem item) {
		items.add(item);
		bytes += item.size();
		last = item;
		return items.size() < limit && bytes < MAX_PAGE_BYTES;
	}

	/** Marks the page as stopped before the end, so that it reports LastEvaluatedKey. */
	void cut() {
		cut = true;
	}

	/**
	 * Whether Limit stopped the page. DynamoDB then reports LastEvaluatedKey even when no
	 * item follows; a page stopped by the 1 MB limit reports it only when more items
	 * follow.
	 */
	boolean limitReached() {
		return items.size() >= limit;
	}

	/**
	 * Checks Select against ProjectionExpression; returns whether only the count is
	 * wanted.
	 */
	static boolean countOnly(JsonNode request, Projection projection) {
		String select = Requests.enumValue(request, "Select", "select",
				List.of("ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT"));
		if (select == null) {
			return false;
		}
		switch (select) {
			case "COUNT", "ALL_ATTRIBUTES" -> {
				if (projection != null) {
					throw DynamoDbException
						.validation(INVALID + "Cannot specify the ProjectionExpression when choosing to get " + select);
				}
			}
			case "SPECIFIC_ATTRIBUTES" -> {
				if (projection == null) {
					throw DynamoDbException
						.validation(INVALID + "Must specify the AttributesToGet or ProjectionExpression when "
								+ "choosing to get SPECIFIC_ATTRIBUTES");
				}
			}
			default -> throw DynamoDbException.validation(
					INVALID + "Select type ALL_PROJECTED_ATTRIBUTES is supported only " + "when querying an index");
		}
		return select.equals("COUNT");
	}

	ObjectNode response(TableSchema schema, Condition filter, Projection projection, boolean countOnly) {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		ArrayNode out = countOnly ? null : response.putArray("Items");
		int count = 0;
		for (StoredItem item : items) {
			Map<String, AttrValue> attributes = item.attributes();
			if (filter != null && !filter.test(attributes)) {
				continue;
			}
			count++;
			if (out != null) {
				out.add(AttrValueJson.writeItem(projection == null ? attributes : projection.apply(attributes)));
			}
		}
		response.put("Count", count);
		response.put("ScannedCount", items.size());
		if (cut && last != null) {
			PrimaryKey key = schema.keyOfItem(last.attributes());
			response.set("LastEvaluatedKey", AttrValueJson.writeItem(schema.keyAttributes(key)));
		}
		return response;
	}

}
