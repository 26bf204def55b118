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
package io.rstreams.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The physical names of one bus's resources and its region (protocol.md section 10,
 * "Config object").
 *
 * <p>
 * Two JSON shapes are accepted, as by the Node SDK's {@code rstreams-configuration} and
 * {@code configuration} modules: the flat one that the bus's {@code rstreams-<stack>}
 * secret holds ({@code {"Region": .., "LeoStream": .., ...}}) and the older verbose one
 * ({@code {"region", "kinesis", "s3", "firehose", "resources": {...}}}), where the
 * top-level {@code kinesis}, {@code s3}, {@code firehose} and {@code region} fill in what
 * {@code resources} lacks.
 *
 * <p>
 * {@link #validate()} insists on what the Node SDK insists on: Region, LeoStream,
 * LeoCron, LeoEvent, LeoS3, LeoKinesisStream and LeoFirehoseStream; LeoSettings and
 * LeoSystem are optional (only the bus processor needs LeoSettings). Unlike the Node SDK
 * this class never invents a region.
 */
public record BusConfig(String region, String leoStream, String leoCron, String leoEvent, String leoSettings,
		String leoSystem, String leoS3, String leoKinesisStream, String leoFirehoseStream) {

	/** The keys of the flat shape, in the order the bus writes them. */
	public static final List<String> KEYS = List.of("Region", "LeoStream", "LeoCron", "LeoEvent", "LeoSettings",
			"LeoSystem", "LeoS3", "LeoKinesisStream", "LeoFirehoseStream");

	/**
	 * The keys {@link #validate()} requires, as the Node SDK's configuration check does.
	 */
	public static final List<String> REQUIRED_KEYS = List.of("Region", "LeoStream", "LeoCron", "LeoEvent", "LeoS3",
			"LeoKinesisStream", "LeoFirehoseStream");

	/**
	 * Parses either JSON shape. Missing keys stay {@code null}; call {@link #validate()}
	 * to require them.
	 * @param json the configuration text
	 * @param origin where the text came from (a secret name, an environment variable),
	 * used in error messages
	 */
	public static BusConfig parse(String json, String origin) {
		JsonNode root;
		try {
			root = Json.mapper().readTree(json);
		}
		catch (JacksonException ex) {
			// neither Jackson's message nor the exception: both quote the text, which may
			// be a secret
			throw new InvalidBusConfigException("The bus configuration from " + origin + " is not JSON: "
					+ JsonProblem.describe(ex) + ". Expected an object like "
					+ "{\"Region\":\"us-east-1\",\"LeoStream\":\"...\",\"LeoCron\":\"...\",...}", List.of());
		}
		if (root == null || !root.isObject()) {
			throw new InvalidBusConfigException("The bus configuration from " + origin
					+ " is not a JSON object. Expected {\"Region\":...,\"LeoStream\":...,...}", List.of());
		}
		return fromMap(flatten(root), origin);
	}

	/**
	 * Builds a config from a map keyed like the flat JSON shape. Key lookup is exact
	 * first, then case-insensitive (environment variables are often upper-cased:
	 * {@code RSTREAMS_CONFIG_LEOSTREAM}).
	 */
	public static BusConfig fromMap(Map<String, String> values, String origin) {
		Objects.requireNonNull(values, "values");
		Function<String, String> get = key -> lookup(values, key);
		return new BusConfig(get.apply("Region"), get.apply("LeoStream"), get.apply("LeoCron"), get.apply("LeoEvent"),
				get.apply("LeoSettings"), get.apply("LeoSystem"), get.apply("LeoS3"), get.apply("LeoKinesisStream"),
				get.apply("LeoFirehoseStream"));
	}

	private static String lookup(Map<String, String> values, String key) {
		String exact = values.get(key);
		if (exact != null) {
			return blankToNull(exact);
		}
		for (Map.Entry<String, String> entry : values.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(key)) {
				return blankToNull(entry.getValue());
			}
		}
		return null;
	}

	private static Map<String, String> flatten(JsonNode root) {
		Map<String, String> flat = new LinkedHashMap<>();
		JsonNode resources = root.get("resources");
		boolean verbose = resources != null && resources.isObject();
		JsonNode names = verbose ? resources : root;
		for (String key : KEYS) {
			JsonNode value = names.get(key);
			if (value != null && value.isString()) {
				flat.put(key, value.asString());
			}
		}
		if (verbose) {
			putIfAbsent(flat, "Region", root, "region");
			putIfAbsent(flat, "LeoKinesisStream", root, "kinesis");
			putIfAbsent(flat, "LeoS3", root, "s3");
			putIfAbsent(flat, "LeoFirehoseStream", root, "firehose");
			JsonNode aws = root.get("aws");
			if (aws != null && aws.isObject()) {
				putIfAbsent(flat, "Region", aws, "region");
			}
		}
		return flat;
	}

	private static void putIfAbsent(Map<String, String> flat, String key, JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (!flat.containsKey(key) && value != null && value.isString()) {
			flat.put(key, value.asString());
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/**
	 * Checks that every key the Node SDK requires is present.
	 * @param origin where the config came from, for the message
	 * @return this config
	 * @throws InvalidBusConfigException naming every missing key
	 */
	public BusConfig validate(String origin) {
		List<String> missing = new ArrayList<>();
		Map<String, String> values = asMap();
		for (String key : REQUIRED_KEYS) {
			if (values.get(key) == null) {
				missing.add(key);
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidBusConfigException("The bus configuration from " + origin + " is missing "
					+ String.join(", ", missing) + " (required: " + String.join(", ", REQUIRED_KEYS) + ")", missing);
		}
		return this;
	}

	/** Same as {@link #validate(String)} with a generic origin. */
	public BusConfig validate() {
		return validate("the given configuration");
	}

	/** A copy with the region replaced. */
	public BusConfig withRegion(String newRegion) {
		return new BusConfig(newRegion, leoStream, leoCron, leoEvent, leoSettings, leoSystem, leoS3, leoKinesisStream,
				leoFirehoseStream);
	}

	/**
	 * The values keyed like the flat JSON shape, {@code null} for absent ones, in
	 * {@link #KEYS} order.
	 */
	public Map<String, String> asMap() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("Region", region);
		map.put("LeoStream", leoStream);
		map.put("LeoCron", leoCron);
		map.put("LeoEvent", leoEvent);
		map.put("LeoSettings", leoSettings);
		map.put("LeoSystem", leoSystem);
		map.put("LeoS3", leoS3);
		map.put("LeoKinesisStream", leoKinesisStream);
		map.put("LeoFirehoseStream", leoFirehoseStream);
		return map;
	}

	/**
	 * The flat JSON shape (what {@code RSTREAMS_CONFIG} and the bus secret hold), absent
	 * keys left out.
	 */
	public String toJson() {
		ObjectNode node = Json.mapper().createObjectNode();
		asMap().forEach((key, value) -> {
			if (value != null) {
				node.put(key, value);
			}
		});
		return Json.mapper().writeValueAsString(node);
	}
}
