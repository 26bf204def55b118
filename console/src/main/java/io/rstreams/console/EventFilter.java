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
package io.rstreams.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * Keeps the events whose value at a JSON path equals a given text:
 * {@code payload.customer} = {@code acme}, {@code $.correlation_id.source} =
 * {@code orders}, {@code payload.lines[0].sku} = {@code X-1}. The path is read on the
 * whole envelope; a leading {@code $.} is optional. Numbers and booleans compare by their
 * JSON text ({@code 12.5}, {@code true}); a string compares without its quotes.
 */
final class EventFilter {

	private final String path;

	private final List<Object> steps;

	private final String value;

	private EventFilter(String path, List<Object> steps, String value) {
		this.path = path;
		this.steps = steps;
		this.value = value;
	}

	/**
	 * @throws IllegalArgumentException when the path is not of the form above
	 */
	static EventFilter parse(String path, String value) {
		Objects.requireNonNull(path, "path");
		String p = path.strip();
		if (p.startsWith("$")) {
			p = p.substring(1);
		}
		if (p.startsWith(".")) {
			p = p.substring(1);
		}
		if (p.isEmpty()) {
			throw new IllegalArgumentException("Empty JSON path: give one such as payload.customer");
		}
		List<Object> steps = new ArrayList<>();
		for (String part : p.split("\\.", -1)) {
			int bracket = part.indexOf('[');
			String field = bracket < 0 ? part : part.substring(0, bracket);
			if (field.isEmpty() && bracket != 0) {
				throw new IllegalArgumentException("Invalid JSON path '" + path + "': an empty field name");
			}
			if (!field.isEmpty()) {
				steps.add(field);
			}
			while (bracket >= 0) {
				int close = part.indexOf(']', bracket);
				if (close < 0) {
					throw new IllegalArgumentException("Invalid JSON path '" + path + "': '[' without ']'");
				}
				try {
					steps.add(Integer.parseInt(part.substring(bracket + 1, close)));
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException(
							"Invalid JSON path '" + path + "': only numeric indexes such as [0] are supported");
				}
				bracket = part.indexOf('[', close);
				if (bracket < 0 && close != part.length() - 1) {
					throw new IllegalArgumentException("Invalid JSON path '" + path + "': text after ']'");
				}
			}
		}
		return new EventFilter(path.strip(), List.copyOf(steps), value == null ? "" : value);
	}

	String path() {
		return path;
	}

	String value() {
		return value;
	}

	boolean matches(JsonNode envelope) {
		JsonNode node = envelope;
		for (Object step : steps) {
			node = step instanceof Integer index ? node.path(index) : node.path((String) step);
			if (node.isMissingNode()) {
				return false;
			}
		}
		if (node.isString()) {
			return node.asString().equals(value);
		}
		return !node.isNull() && node.isValueNode() && node.toString().equals(value);
	}

}
