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
package io.rstreams.client.aws;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.client.Json;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON &lt;-&gt; DynamoDB attribute values, the way the Node SDK's DocumentClient
 * marshals plain objects (object -> M, array -> L, string -> S, number -> N, boolean ->
 * BOOL, null -> NULL), so that items this client writes into LeoCron look exactly like
 * the ones Node bots write.
 */
public final class DynamoValues {

	private static final JsonNodeFactory NODES = Json.mapper().getNodeFactory();

	private DynamoValues() {
	}

	public static AttributeValue s(String value) {
		return value == null ? nul() : AttributeValue.fromS(value);
	}

	public static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	public static AttributeValue n(Long value) {
		return value == null ? nul() : n(value.longValue());
	}

	public static AttributeValue nul() {
		return AttributeValue.fromNul(true);
	}

	public static AttributeValue bool(boolean value) {
		return AttributeValue.fromBool(value);
	}

	public static AttributeValue m(Map<String, AttributeValue> map) {
		return AttributeValue.fromM(map);
	}

	public static AttributeValue fromJson(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return nul();
		}
		if (node.isObject()) {
			Map<String, AttributeValue> map = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				map.put(field.getKey(), fromJson(field.getValue()));
			}
			return AttributeValue.fromM(map);
		}
		if (node.isArray()) {
			List<AttributeValue> list = new ArrayList<>();
			node.forEach(element -> list.add(fromJson(element)));
			return AttributeValue.fromL(list);
		}
		if (node.isBoolean()) {
			return AttributeValue.fromBool(node.booleanValue());
		}
		if (node.isNumber()) {
			return AttributeValue.fromN(node.numberValue().toString());
		}
		if (node.isBinary()) {
			return AttributeValue.fromB(SdkBytes.fromByteArray(node.binaryValue()));
		}
		return AttributeValue.fromS(node.asString());
	}

	/**
	 * Numbers become longs when integral and in range, else decimals; binaries become
	 * base64 strings.
	 */
	public static JsonNode toJson(AttributeValue value) {
		if (value == null) {
			return NODES.nullNode();
		}
		switch (value.type()) {
			case S:
				return NODES.stringNode(value.s());
			case N:
				return number(value.n());
			case BOOL:
				return NODES.booleanNode(value.bool());
			case NUL:
				return NODES.nullNode();
			case B:
				return NODES.binaryNode(value.b().asByteArray());
			case M: {
				ObjectNode node = NODES.objectNode();
				value.m().forEach((k, v) -> node.set(k, toJson(v)));
				return node;
			}
			case L: {
				ArrayNode node = NODES.arrayNode();
				value.l().forEach(v -> node.add(toJson(v)));
				return node;
			}
			case SS: {
				ArrayNode node = NODES.arrayNode();
				value.ss().forEach(node::add);
				return node;
			}
			case NS: {
				ArrayNode node = NODES.arrayNode();
				value.ns().forEach(n -> node.add(number(n)));
				return node;
			}
			default:
				return NODES.nullNode();
		}
	}

	public static JsonNode toJson(Map<String, AttributeValue> item) {
		return toJson(AttributeValue.fromM(item));
	}

	private static JsonNode number(String n) {
		BigDecimal d = new BigDecimal(n);
		if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
			BigInteger i = d.toBigIntegerExact();
			if (i.bitLength() < 64) {
				return NODES.numberNode(i.longValue());
			}
			return NODES.numberNode(i);
		}
		return NODES.numberNode(d);
	}

	public static String string(Map<String, AttributeValue> item, String name) {
		AttributeValue v = item == null ? null : item.get(name);
		return v == null || v.s() == null ? null : v.s();
	}

	public static Long number(Map<String, AttributeValue> item, String name) {
		AttributeValue v = item == null ? null : item.get(name);
		if (v == null || v.n() == null) {
			return null;
		}
		return new BigDecimal(v.n()).longValue();
	}

	public static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
		AttributeValue v = item == null ? null : item.get(name);
		return v == null || !v.hasM() ? null : v.m();
	}

}
