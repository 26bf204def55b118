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
package io.rstreams.client.codec;

import java.util.Arrays;

import io.rstreams.client.Json;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored line split into its envelope and the bytes of its {@code payload}, in one
 * pass: the envelope's fields are parsed as {@link EventCodec#parseObject} would, the
 * payload is checked to be JSON but not built into a tree. A reader that hands payloads
 * to a converter as bytes then parses each payload once instead of three times (tree,
 * bytes again, target type).
 *
 * @param envelope every top-level field but {@code payload}
 * @param payload the payload's JSON exactly as stored, or {@code null} when the line has
 * none
 */
public record EnvelopeLine(ObjectNode envelope, byte[] payload) {

	/**
	 * Parses one line; throws a {@code JacksonException} when it is not JSON, and
	 * {@link EventCodec.NotAnEventException} when it is JSON but not an object.
	 */
	public static EnvelopeLine parse(byte[] line, int offset, int length) {
		try (JsonParser p = Json.mapper().createParser(line, offset, length)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				// the tree parser gives the same errors and the same "not an object"
				EventCodec.parseObject(line, offset, length);
				throw new EventCodec.NotAnEventException(
						"Line is JSON but not an object: " + EventCodec.preview(line, offset, length));
			}
			ObjectNode envelope = Json.mapper().createObjectNode();
			byte[] payload = null;
			for (String name = p.nextName(); name != null; name = p.nextName()) {
				JsonToken value = p.nextToken();
				if (EventCodec.PAYLOAD.equals(name)) {
					// a repeated field replaces the earlier one, as in the tree
					payload = slice(p, value, line, offset);
				}
				else {
					envelope.set(name, value(p, value));
				}
			}
			if (p.currentToken() != JsonToken.END_OBJECT) {
				throw new EventCodec.NotAnEventException(
						"Line ends inside its object: " + EventCodec.preview(line, offset, length));
			}
			return new EnvelopeLine(envelope, payload);
		}
	}

	/**
	 * The field's value as the tree parser builds it. Strings, ints, longs, booleans and
	 * nulls (nearly every envelope field) are made here: the mapper's tree deserializer,
	 * looked up for every value, costs more than the parse itself.
	 */
	private static JsonNode value(JsonParser p, JsonToken token) {
		JsonNodeFactory nodes = Json.mapper().getNodeFactory();
		switch (token) {
			case VALUE_STRING:
				return nodes.textNode(p.getString());
			case VALUE_NUMBER_INT:
				JsonParser.NumberType type = p.getNumberType();
				if (type == JsonParser.NumberType.INT) {
					return nodes.numberNode(p.getIntValue());
				}
				if (type == JsonParser.NumberType.LONG) {
					return nodes.numberNode(p.getLongValue());
				}
				return p.readValueAsTree();
			case VALUE_TRUE:
				return nodes.booleanNode(true);
			case VALUE_FALSE:
				return nodes.booleanNode(false);
			case VALUE_NULL:
				return nodes.nullNode();
			default:
				return p.readValueAsTree();
		}
	}

	private static byte[] slice(JsonParser p, JsonToken value, byte[] line, int offset) {
		int start = (int) p.currentTokenLocation().getByteOffset();
		if (value.isStructStart()) {
			p.skipChildren();
		}
		else {
			p.finishToken();
		}
		int end = (int) p.currentLocation().getByteOffset();
		return Arrays.copyOfRange(line, offset + start, offset + end);
	}

	/** The payload as a tree: {@code null} when the line had none. */
	public JsonNode payloadTree() {
		return payload == null ? null : Json.mapper().readTree(payload);
	}

}
