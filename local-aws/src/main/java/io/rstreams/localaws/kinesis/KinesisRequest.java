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
package io.rstreams.localaws.kinesis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The members of one request, read with the types Kinesis's model gives them: a member of
 * the wrong type is a SerializationException and a missing required one a
 * ValidationException, as Kinesis answers.
 */
final class KinesisRequest {

	private final JsonNode body;

	private final WireFormat format;

	KinesisRequest(JsonNode body, WireFormat format) {
		this.body = body;
		this.format = format;
	}

	String string(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw KinesisException.serialization(member + " is not a string");
		}
		return node.stringValue();
	}

	String requiredString(String member) {
		String value = string(member);
		if (value == null) {
			throw KinesisException.missing(member);
		}
		return value;
	}

	Integer integer(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			throw KinesisException.serialization(member + " is not an integer");
		}
		return node.intValue();
	}

	int integer(String member, int defaultValue) {
		Integer value = integer(member);
		return value == null ? defaultValue : value;
	}

	byte[] requiredBlob(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			throw KinesisException.missing(member);
		}
		return format.blob(node, member);
	}

	Instant timestamp(String member) {
		JsonNode node = body.get(member);
		return node == null || node.isNull() ? null : format.timestamp(node, member);
	}

	KinesisRequest object(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			throw KinesisException.serialization(member + " is not a structure");
		}
		return new KinesisRequest(node, format);
	}

	List<KinesisRequest> requiredList(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			throw KinesisException.missing(member);
		}
		if (!node.isArray()) {
			throw KinesisException.serialization(member + " is not a list");
		}
		List<KinesisRequest> items = new ArrayList<>(node.size());
		for (JsonNode item : node) {
			if (!item.isObject()) {
				throw KinesisException.serialization("An entry of " + member + " is not a structure");
			}
			items.add(new KinesisRequest(item, format));
		}
		return items;
	}

}
