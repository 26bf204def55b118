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
package io.rstreams.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.rstreams.client.Json;
import tools.jackson.databind.JsonNode;

/**
 * {@code docs/configuration.md}: every RStreams property of the configuration metadata
 * that spring-boot-configuration-processor generates from the properties classes (their
 * javadoc, types and field initializers), so the reference says what the IDE says.
 */
final class ConfigurationReference {

	static final String REGENERATE = "./mvnw -B -ntp -pl autoconfigure -am verify -Dtest=ConfigurationReferenceTest "
			+ "-Dsurefire.failIfNoSpecifiedTests=false -Drstreams.docs.write=true";

	/** Sections in order, by name prefix; what matches none goes to the last. */
	private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

	static {
		SECTIONS.put("spring.cloud.stream.rstreams.bus.", "Finding the bus");
		SECTIONS.put("spring.cloud.stream.rstreams.default.consumer.", "Consumer bindings");
		SECTIONS.put("spring.cloud.stream.rstreams.default.producer.", "Producer bindings");
		SECTIONS.put("spring.cloud.stream.rstreams.binder.", "Binder");
		SECTIONS.put("spring.cloud.stream.rstreams.bindings", "Per binding");
		SECTIONS.put("management.endpoint.rstreams.", "Actuator endpoint");
		SECTIONS.put("spring.cloud.stream.rstreams.console.", "Bus console");
		SECTIONS.put("", "Other");
	}

	private ConfigurationReference() {
	}

	/** The reference from every metadata file on the class path. */
	static String generate(ClassLoader classLoader) throws IOException {
		Map<String, JsonNode> properties = new TreeMap<>();
		Map<String, List<String>> hints = new TreeMap<>();
		for (URL url : Collections.list(classLoader.getResources("META-INF/spring-configuration-metadata.json"))) {
			JsonNode metadata;
			try (InputStream in = url.openStream()) {
				metadata = Json.mapper().readTree(in);
			}
			for (JsonNode property : metadata.path("properties")) {
				if (isRStreams(property.path("name").asString())) {
					properties.put(property.path("name").asString(), property);
				}
			}
			for (JsonNode hint : metadata.path("hints")) {
				List<String> values = new ArrayList<>();
				hint.path("values").forEach(v -> values.add(v.path("value").asString()));
				hints.put(hint.path("name").asString(), values);
			}
		}
		Map<String, List<JsonNode>> sections = new LinkedHashMap<>();
		SECTIONS.values().forEach(title -> sections.put(title, new ArrayList<>()));
		properties.forEach((name, property) -> sections.get(section(name)).add(property));

		StringBuilder md = new StringBuilder();
		md.append("# Configuration reference\n\n");
		md.append(
				"Generated from the configuration metadata of the binder and autoconfigure modules (the javadoc of\n");
		md.append("the properties classes). Do not edit: change the javadoc or the default, then run\n\n");
		md.append("```\n").append(REGENERATE).append("\n```\n\n");
		md.append("Per binding, every `spring.cloud.stream.rstreams.default.consumer.*` and `.producer.*` property\n");
		md.append("can be set as `spring.cloud.stream.rstreams.bindings.<binding>.consumer.*` / `.producer.*`.\n");
		md.append("Durations take `ms`, `s`, `m`, `h`, `d` (`500ms`, `30s`); sizes `B`, `KB`, `MB`, `GB`.\n");
		sections.forEach((title, list) -> {
			if (list.isEmpty()) {
				return;
			}
			md.append("\n## ").append(title).append("\n\n");
			md.append("| Property | Type | Default | Description |\n|---|---|---|---|\n");
			for (JsonNode p : list) {
				String name = p.path("name").asString();
				md.append("| `")
					.append(name)
					.append("` | ")
					.append(type(p.path("type").asString(""), hints.get(name)))
					.append(" | ")
					.append(defaultValue(p.path("defaultValue"), !enumValues(p.path("type").asString("")).isEmpty()))
					.append(" | ")
					.append(cell(p.path("description").asString("")))
					.append(" |\n");
			}
		});
		return md.toString();
	}

	private static boolean isRStreams(String name) {
		return name.startsWith("spring.cloud.stream.rstreams.") || name.startsWith("management.endpoint.rstreams.");
	}

	private static String section(String name) {
		return SECTIONS.entrySet()
			.stream()
			.filter(e -> name.startsWith(e.getKey()))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	/**
	 * {@code java.time.Duration} as {@code Duration}; an enum or hinted value with its
	 * values.
	 */
	private static String type(String type, List<String> hinted) {
		String simple = type.replaceAll("([a-z_][a-z0-9_]*\\.)+", "");
		List<String> values = hinted != null ? hinted : enumValues(type);
		return values.isEmpty() ? "`" + simple + "`" : "`" + simple + "` ("
				+ values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ")) + ")";
	}

	private static List<String> enumValues(String type) {
		try {
			Class<?> c = Class.forName(type, false, ConfigurationReference.class.getClassLoader());
			if (!c.isEnum()) {
				return List.of();
			}
			return Stream.of(c.getEnumConstants())
				.map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.toList();
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return List.of();
		}
	}

	/**
	 * An enum's default as its values are listed: {@code read-only}, not
	 * {@code read_only}.
	 */
	private static String defaultValue(JsonNode value, boolean isEnum) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach(v -> items.add(v.asString()));
			return "`" + String.join(",", items) + "`";
		}
		return "`" + (isEnum ? value.asString().replace('_', '-') : value.asString()) + "`";
	}

	private static String cell(String text) {
		// GitHub would take '<queue>' for an HTML tag and drop it
		return text.replace("|", "\\|").replace("<", "&lt;").replace("\r", "").replace("\n", " ");
	}

}
