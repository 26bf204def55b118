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
import io.rstreams.localaws.dynamodb.expression.ConditionParser;
import io.rstreams.localaws.dynamodb.expression.ExpressionAttributes;
import io.rstreams.localaws.dynamodb.expression.ExpressionException;
import io.rstreams.localaws.dynamodb.expression.KeyCondition;
import io.rstreams.localaws.dynamodb.expression.Projection;
import io.rstreams.localaws.dynamodb.expression.UpdateExpression;
import io.rstreams.localaws.dynamodb.expression.UpdateParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The expressions of one request (or one item of a batch or transaction) and their shared
 * ExpressionAttributeNames/Values. Parses each expression, prefixing errors as DynamoDB
 * does ("Invalid UpdateExpression: ..."), and at the end rejects placeholders that no
 * expression used.
 */
final class RequestExpressions {

	private static final Pattern PLACEHOLDER = Pattern.compile("[0-9a-zA-Z_]+");

	private final JsonNode request;

	private final ExpressionAttributes attributes;

	/**
	 * @param expressionFields the expression parameters this operation accepts, e.g.
	 * UpdateExpression and ConditionExpression; ExpressionAttributeValues given without
	 * any of them (ProjectionExpression aside) is an error
	 */
	RequestExpressions(JsonNode request, String... expressionFields) {
		this.request = request;
		Requests.rejectLegacy(request);
		boolean anyExpression = false;
		List<String> valueExpressions = new ArrayList<>();
		boolean anyValueExpression = false;
		for (String field : expressionFields) {
			anyExpression |= request.hasNonNull(field);
			if (!field.equals("ProjectionExpression")) {
				valueExpressions.add(field);
				anyValueExpression |= request.hasNonNull(field);
			}
		}
		JsonNode names = request.get("ExpressionAttributeNames");
		JsonNode values = request.get("ExpressionAttributeValues");
		boolean hasNames = names != null && !names.isNull();
		boolean hasValues = values != null && !values.isNull();
		if (hasNames && !anyExpression) {
			throw DynamoDbException.validation("ExpressionAttributeNames can only be specified when using expressions");
		}
		if (hasValues && !anyValueExpression) {
			throw DynamoDbException
				.validation("ExpressionAttributeValues can only be specified when using expressions: "
						+ String.join(" and ", valueExpressions) + (valueExpressions.size() > 1 ? " are" : " is")
						+ " null");
		}
		this.attributes = new ExpressionAttributes(hasNames ? readNames(names) : null,
				hasValues ? readValues(values) : null);
	}

	private static Map<String, String> readNames(JsonNode node) {
		if (!node.isObject()) {
			throw DynamoDbException.serialization("Unexpected value type for ExpressionAttributeNames");
		}
		if (node.isEmpty()) {
			throw DynamoDbException.validation("ExpressionAttributeNames must not be empty");
		}
		Map<String, String> names = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			checkKey("ExpressionAttributeNames", e.getKey(), '#');
			names.put(e.getKey(), e.getValue().asString());
		}
		return names;
	}

	private static Map<String, AttrValue> readValues(JsonNode node) {
		if (!node.isObject()) {
			throw DynamoDbException.serialization("Unexpected value type for ExpressionAttributeValues");
		}
		if (node.isEmpty()) {
			throw DynamoDbException.validation("ExpressionAttributeValues must not be empty");
		}
		Map<String, AttrValue> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			checkKey("ExpressionAttributeValues", e.getKey(), ':');
		}
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			try {
				values.put(e.getKey(), AttrValueJson.read(e.getValue()));
			}
			catch (DynamoDbException ex) {
				throw DynamoDbException.validation("ExpressionAttributeValues contains invalid value: "
						+ ex.getMessage() + " for key " + e.getKey());
			}
		}
		return values;
	}

	private static void checkKey(String member, String key, char prefix) {
		if (key.isEmpty() || key.charAt(0) != prefix || !PLACEHOLDER.matcher(key.substring(1)).matches()) {
			throw DynamoDbException.validation(member + " contains invalid key: Syntax error; key: \"" + key + "\"");
		}
	}

	private String text(String field) {
		JsonNode node = request.get(field);
		return node == null || node.isNull() ? null : node.asString();
	}

	Condition condition(String field) {
		String source = text(field);
		if (source == null) {
			return null;
		}
		try {
			return ConditionParser.parse(source, attributes);
		}
		catch (ExpressionException e) {
			throw invalid(field, e);
		}
	}

	UpdateExpression update() {
		String source = text("UpdateExpression");
		if (source == null) {
			return null;
		}
		try {
			return UpdateParser.parse(source, attributes);
		}
		catch (ExpressionException e) {
			throw invalid("UpdateExpression", e);
		}
	}

	Projection projection() {
		String source = text("ProjectionExpression");
		if (source == null) {
			return null;
		}
		try {
			return Projection.parse(source, attributes);
		}
		catch (ExpressionException e) {
			throw invalid("ProjectionExpression", e);
		}
	}

	KeyCondition keyCondition() {
		String source = text("KeyConditionExpression");
		if (source == null) {
			return null;
		}
		try {
			return KeyCondition.parse(source, attributes);
		}
		catch (ExpressionException e) {
			throw invalid("KeyConditionExpression", e);
		}
	}

	/**
	 * Rejects ExpressionAttributeNames/Values entries that none of the parsed expressions
	 * used.
	 */
	void finish() {
		List<String> unusedNames = attributes.unusedNames();
		if (!unusedNames.isEmpty()) {
			throw DynamoDbException
				.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
						+ String.join(", ", unusedNames) + "}");
		}
		List<String> unusedValues = attributes.unusedValues();
		if (!unusedValues.isEmpty()) {
			throw DynamoDbException
				.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
						+ String.join(", ", unusedValues) + "}");
		}
	}

	private static DynamoDbException invalid(String field, ExpressionException e) {
		return DynamoDbException.validation("Invalid " + field + ": " + e.getMessage());
	}

}
