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
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.rstreams.localaws.dynamodb.value.AttrValue;
import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import io.rstreams.localaws.dynamodb.value.Numbers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes attribute values in the DynamoDB JSON form ({@code {"S": "x"}},
 * {@code {"N": "1"}}, {@code {"B": "<base64>"}}, ...), rejecting what DynamoDB rejects
 * (empty or ambiguous values, empty sets, duplicate set members, bad numbers) with
 * DynamoDB's messages.
 */
public final class AttrValueJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String INVALID = "One or more parameter values were invalid: ";

	private AttrValueJson() {
	}

	/** Reads an item (a map of attribute name to value). */
	public static Map<String, AttrValue> readItem(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return new LinkedHashMap<>();
		}
		if (!node.isObject()) {
			throw DynamoDbException.serialization("Start of list found where not expected");
		}
		Map<String, AttrValue> item = new LinkedHashMap<>(Math.max(16, node.size() * 2));
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			item.put(e.getKey(), read(e.getValue()));
		}
		return item;
	}

	public static AttrValue read(JsonNode node) {
		if (node == null || !node.isObject()) {
			throw DynamoDbException.serialization("Unexpected value type in payload");
		}
		String typeName = null;
		JsonNode content = null;
		int present = 0;
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			if (e.getValue().isNull()) {
				continue;
			}
			present++;
			typeName = e.getKey();
			content = e.getValue();
		}
		if (present == 0) {
			throw DynamoDbException
				.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
		}
		if (present > 1) {
			throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, "
					+ "must contain exactly one of the supported datatypes");
		}
		AttrValue.Type type;
		try {
			type = AttrValue.Type.valueOf(typeName);
		}
		catch (IllegalArgumentException e) {
			throw DynamoDbException.serialization("Unknown attribute value type: " + typeName);
		}
		return switch (type) {
			case S -> AttrValue.s(text(content, "STRING_VALUE"));
			case N -> AttrValue.n(Numbers.parse(text(content, "NUMBER_VALUE")));
			case B -> AttrValue.b(base64(content));
			case BOOL -> AttrValue.bool(bool(content));
			case NULL -> {
				if (!bool(content)) {
					throw DynamoDbException
						.validation(INVALID + "Null attribute value types must have the value of true");
				}
				yield AttrValue.nul();
			}
			case M -> {
				if (!content.isObject()) {
					throw DynamoDbException.serialization("Unexpected field type");
				}
				yield AttrValue.m(readItem(content));
			}
			case L -> {
				if (!content.isArray()) {
					throw DynamoDbException.serialization("Unexpected field type");
				}
				List<AttrValue> list = new ArrayList<>(content.size());
				for (JsonNode element : content) {
					list.add(read(element));
				}
				yield AttrValue.l(list);
			}
			case SS, NS, BS -> readSet(type, content);
		};
	}

	private static AttrValue readSet(AttrValue.Type type, JsonNode content) {
		if (!content.isArray()) {
			throw DynamoDbException.serialization("Unexpected field type");
		}
		if (content.isEmpty()) {
			throw DynamoDbException.validation(INVALID + switch (type) {
				case SS -> "An string set  may not be empty";
				case NS -> "An number set  may not be empty";
				default -> "Binary sets should not be empty";
			});
		}
		List<AttrValue> elements = new ArrayList<>(content.size());
		Set<AttrValue> seen = new HashSet<>();
		List<String> raw = new ArrayList<>();
		boolean duplicate = false;
		for (JsonNode element : content) {
			AttrValue v = switch (type) {
				case SS -> AttrValue.s(text(element, "STRING_VALUE"));
				case NS -> AttrValue.n(Numbers.parse(text(element, "NUMBER_VALUE")));
				default -> AttrValue.b(base64(element));
			};
			raw.add(element.asString());
			duplicate |= !seen.add(v);
			elements.add(v);
		}
		if (duplicate) {
			throw DynamoDbException.validation(INVALID + "Input collection " + raw
					+ (type == AttrValue.Type.BS ? "of type BS contains duplicates." : " contains duplicates."));
		}
		return AttrValue.set(type, elements);
	}

	private static String text(JsonNode node, String expected) {
		if (!node.isString()) {
			throw DynamoDbException.serialization(describe(node) + " cannot be converted to " + expected);
		}
		return node.stringValue();
	}

	private static boolean bool(JsonNode node) {
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		String text = node.isString() ? node.stringValue() : "";
		if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
			return Boolean.parseBoolean(text);
		}
		throw DynamoDbException.serialization(describe(node) + " cannot be converted to Boolean");
	}

	private static byte[] base64(JsonNode node) {
		if (!node.isString()) {
			throw DynamoDbException.serialization("only base-64-encoded strings are convertible to bytes");
		}
		try {
			return Base64.getDecoder().decode(node.stringValue());
		}
		catch (IllegalArgumentException e) {
			throw DynamoDbException.serialization("Base64 encoded length is expected a multiple of 4 bytes but found: "
					+ node.stringValue().length());
		}
	}

	private static String describe(JsonNode node) {
		if (node.isBoolean()) {
			return node.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE";
		}
		if (node.isNumber()) {
			return node.isIntegralNumber() ? "NUMBER_VALUE" : "DECIMAL_VALUE";
		}
		if (node.isString()) {
			return "STRING_VALUE";
		}
		return node.getNodeType().name();
	}

	public static ObjectNode writeItem(Map<String, AttrValue> item) {
		ObjectNode node = NODES.objectNode();
		for (Map.Entry<String, AttrValue> e : item.entrySet()) {
			node.set(e.getKey(), write(e.getValue()));
		}
		return node;
	}

	public static ObjectNode write(AttrValue v) {
		ObjectNode node = NODES.objectNode();
		switch (v.type()) {
			case S -> node.put("S", v.s());
			case N -> node.put("N", Numbers.format(v.n()));
			case B -> node.put("B", v.b());
			case BOOL -> node.put("BOOL", v.bool());
			case NULL -> node.put("NULL", true);
			case M -> node.set("M", writeItem(v.m()));
			case L -> {
				ArrayNode list = node.putArray("L");
				for (AttrValue e : v.l()) {
					list.add(write(e));
				}
			}
			case SS, NS, BS -> {
				ArrayNode set = node.putArray(v.type().name());
				for (AttrValue e : v.elements()) {
					switch (e.type()) {
						case S -> set.add(e.s());
						case N -> set.add(Numbers.format(e.n()));
						default -> set.add(e.b());
					}
				}
			}
		}
		return node;
	}

}
