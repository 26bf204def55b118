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

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.cbor.CBORGenerator;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * The two encodings of Kinesis's JSON 1.1 protocol: JSON, which the Node SDK and the AWS
 * CLI speak, and CBOR, which the AWS SDK for Java uses for Kinesis unless told not to.
 * They differ in exactly two kinds of value, so the operations build one answer of maps,
 * lists, strings, numbers, {@code byte[]} blobs and {@link Instant} timestamps, and only
 * this class knows how each encoding spells those: blobs are base64 text in JSON and byte
 * strings in CBOR; timestamps are epoch seconds with a fraction in JSON, and in CBOR a
 * tag-1 number of epoch milliseconds, the unit the Java SDK writes and expects there.
 */
public enum WireFormat {

	JSON("application/x-amz-json-1.1", JsonMapper.builder().build()),

	CBOR("application/x-amz-cbor-1.1", CBORMapper.builder().build());

	/** CBOR's tag for an epoch-based date/time (RFC 8949 3.4.2). */
	private static final int EPOCH_TAG = 1;

	private final String contentType;

	private final ObjectMapper mapper;

	WireFormat(String contentType, ObjectMapper mapper) {
		this.contentType = contentType;
		this.mapper = mapper;
	}

	/** The format of a request: CBOR when its content type says so, JSON otherwise. */
	public static WireFormat ofContentType(String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("cbor") ? CBOR : JSON;
	}

	public String contentType() {
		return contentType;
	}

	/**
	 * The request body as a tree (an empty body is an empty object, as the SDKs send for
	 * operations without members).
	 * @throws KinesisException SerializationException when it is not a JSON object
	 */
	public JsonNode read(byte[] body) {
		if (body.length == 0) {
			return mapper.createObjectNode();
		}
		JsonNode tree;
		try {
			tree = mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw KinesisException
				.serialization("The request body is not valid " + name() + ": " + ex.getOriginalMessage());
		}
		if (tree == null || !tree.isObject()) {
			throw KinesisException.serialization("The request body is not a " + name() + " object");
		}
		return tree;
	}

	/** A blob member: bytes in CBOR, base64 text in JSON. */
	public byte[] blob(JsonNode node, String member) {
		try {
			if (node.isBinary() || node.isString()) {
				return node.binaryValue();
			}
		}
		catch (JacksonException ex) {
			// reported below
		}
		throw KinesisException.serialization(member + " is not a blob (base64 text in JSON, bytes in CBOR)");
	}

	/** A timestamp member: epoch seconds in JSON, epoch milliseconds in CBOR. */
	public Instant timestamp(JsonNode node, String member) {
		if (!node.isNumber()) {
			throw KinesisException.serialization(member + " is not a timestamp (a number)");
		}
		if (this == CBOR) {
			return Instant.ofEpochMilli(node.longValue());
		}
		BigDecimal millis = node.decimalValue().movePointRight(3);
		return Instant.ofEpochMilli(millis.longValue());
	}

	/**
	 * Encodes an answer built of maps, lists, strings, numbers, booleans, blobs and
	 * instants.
	 */
	public byte[] write(Map<String, ?> answer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		try (JsonGenerator generator = mapper.createGenerator(out)) {
			writeValue(generator, answer);
		}
		return out.toByteArray();
	}

	private void writeValue(JsonGenerator generator, Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof Map<?, ?> map) {
			generator.writeStartObject();
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (e.getValue() != null) {
					generator.writeName(e.getKey().toString());
					writeValue(generator, e.getValue());
				}
			}
			generator.writeEndObject();
		}
		else if (value instanceof List<?> list) {
			generator.writeStartArray();
			for (Object item : list) {
				writeValue(generator, item);
			}
			generator.writeEndArray();
		}
		else if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof Boolean flag) {
			generator.writeBoolean(flag);
		}
		else if (value instanceof Integer number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number);
		}
		else if (value instanceof byte[] bytes) {
			generator.writeBinary(bytes);
		}
		else if (value instanceof Instant instant) {
			writeInstant(generator, instant);
		}
		else {
			throw new IllegalArgumentException("Cannot encode a " + value.getClass().getName());
		}
	}

	private void writeInstant(JsonGenerator generator, Instant instant) {
		if (generator instanceof CBORGenerator cbor) {
			cbor.writeTag(EPOCH_TAG);
			cbor.writeNumber(instant.toEpochMilli());
		}
		else {
			generator.writeNumber(BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3));
		}
	}

}
