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

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import io.rstreams.localaws.dynamodb.value.AttrValue;
import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import tools.jackson.databind.JsonNode;

/**
 * Reading request parameters with the validation messages of DynamoDB's request model ("1
 * validation error detected: Value ... at '...' failed to satisfy constraint: ..."), so a
 * malformed request fails here as it fails on AWS.
 */
final class Requests {

	private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

	private static final List<String> LEGACY = List.of("AttributesToGet", "Expected", "AttributeUpdates",
			"KeyConditions", "QueryFilter", "ScanFilter", "ConditionalOperator");

	private Requests() {
	}

	static DynamoDbException constraint(Object value, String member, String constraint) {
		String shown = value == null ? "null" : "'" + value + "'";
		return DynamoDbException.validation("1 validation error detected: Value " + shown + " at '" + member
				+ "' failed to satisfy constraint: " + constraint);
	}

	static String tableName(JsonNode request) {
		return tableName(request.get("TableName"), "tableName");
	}

	static String tableName(JsonNode node, String member) {
		if (node == null || node.isNull()) {
			throw constraint(null, member, "Member must not be null");
		}
		String name = node.asString();
		if (name.length() < 3) {
			throw constraint(name, member, "Member must have length greater than or equal to 3");
		}
		if (name.length() > 255) {
			throw constraint(name, member, "Member must have length less than or equal to 255");
		}
		if (!TABLE_NAME.matcher(name).matches()) {
			throw constraint(name, member, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
		}
		return name;
	}

	/** A required object member. */
	static JsonNode object(JsonNode request, String field, String member) {
		JsonNode node = request.get(field);
		if (node == null || node.isNull()) {
			throw constraint(null, member, "Member must not be null");
		}
		if (!node.isObject()) {
			throw DynamoDbException.serialization("Unexpected value type for " + field);
		}
		return node;
	}

	static String string(JsonNode request, String field) {
		JsonNode node = request.get(field);
		return node == null || node.isNull() ? null : node.asString();
	}

	/** An optional enumerated string; null when absent. */
	static String enumValue(JsonNode request, String field, String member, List<String> allowed) {
		String value = string(request, field);
		if (value != null && !allowed.contains(value)) {
			throw constraint(value, member, "Member must satisfy enum value set: " + allowed);
		}
		return value;
	}

	static Integer integer(JsonNode request, String field, String member, int min) {
		JsonNode node = request.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.canConvertToInt()) {
			throw DynamoDbException.serialization("NUMBER_VALUE cannot be converted to Integer for " + field);
		}
		int value = node.asInt();
		if (value < min) {
			throw constraint(value, member, "Member must have value greater than or equal to " + min);
		}
		return value;
	}

	static boolean bool(JsonNode request, String field, boolean defaultValue) {
		JsonNode node = request.get(field);
		return node == null || node.isNull() ? defaultValue : node.asBoolean();
	}

	static Map<String, AttrValue> item(JsonNode request, String field, String member) {
		return AttrValueJson.readItem(object(request, field, member));
	}

	/**
	 * Legacy (non-expression) parameters are not supported: fail loudly rather than
	 * ignore them.
	 */
	static void rejectLegacy(JsonNode request) {
		for (String field : LEGACY) {
			if (request.hasNonNull(field)) {
				throw DynamoDbException.validation("The legacy parameter " + field
						+ " is not supported by this local DynamoDB; use the expression parameters instead");
			}
		}
	}

}
