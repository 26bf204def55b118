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
package io.rstreams.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.client.Json;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * Access to {@code fixtures/node-sdk/}: items, records and reads made by the real Node
 * SDK (leo-sdk 6.0.18) and the bus's own Kinesis processor. Items are in DynamoDB's
 * low-level JSON.
 */
public final class Fixtures {

	private static final Path DIR = locate();

	private Fixtures() {
	}

	private static Path locate() {
		Path dir = Paths.get("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("fixtures").resolve("node-sdk");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("fixtures/node-sdk not found above " + Paths.get("").toAbsolutePath());
	}

	public static Path dir() {
		return DIR;
	}

	public static JsonNode json(String file) {
		try {
			return Json.mapper().readTree(Files.readString(DIR.resolve(file), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lines of an {@code expected-read-*.ndjson} file, parsed. */
	public static List<JsonNode> ndjson(String file) {
		try {
			List<JsonNode> lines = new ArrayList<>();
			for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					lines.add(Json.mapper().readTree(line));
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The {@code items} of a {@code leostream-*.json} file (or a top-level array of
	 * items) as SDK attribute maps.
	 */
	public static List<Map<String, AttributeValue>> items(String file) {
		JsonNode root = json(file);
		JsonNode items = root.isArray() ? root : root.get("items");
		List<Map<String, AttributeValue>> result = new ArrayList<>();
		items.forEach(item -> result.add(item(item)));
		return result;
	}

	/**
	 * The S3 object bytes stored beside an S3-pointer fixture item
	 * ({@code decoded[i].s3ObjectBase64}).
	 */
	public static Map<String, byte[]> s3Objects(String file) {
		Map<String, byte[]> objects = new LinkedHashMap<>();
		JsonNode decoded = json(file).get("decoded");
		if (decoded != null) {
			decoded.forEach(d -> {
				if (d.has("s3ObjectBase64")) {
					objects.put(d.get("s3key").asString(),
							Base64.getDecoder().decode(d.get("s3ObjectBase64").asString()));
				}
			});
		}
		return objects;
	}

	public static Map<String, AttributeValue> item(JsonNode node) {
		Map<String, AttributeValue> map = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			map.put(field.getKey(), value(field.getValue()));
		}
		return map;
	}

	public static AttributeValue value(JsonNode v) {
		if (v.has("S")) {
			return AttributeValue.fromS(v.get("S").asString());
		}
		if (v.has("N")) {
			return AttributeValue.fromN(v.get("N").asString());
		}
		if (v.has("B")) {
			return AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(v.get("B").asString())));
		}
		if (v.has("BOOL")) {
			return AttributeValue.fromBool(v.get("BOOL").asBoolean());
		}
		if (v.has("NULL")) {
			return AttributeValue.fromNul(true);
		}
		if (v.has("M")) {
			return AttributeValue.fromM(item(v.get("M")));
		}
		if (v.has("L")) {
			List<AttributeValue> list = new ArrayList<>();
			v.get("L").forEach(e -> list.add(value(e)));
			return AttributeValue.fromL(list);
		}
		if (v.has("SS")) {
			List<String> ss = new ArrayList<>();
			v.get("SS").forEach(e -> ss.add(e.asString()));
			return AttributeValue.fromSs(ss);
		}
		throw new IllegalArgumentException("Unsupported attribute value " + v);
	}

}
