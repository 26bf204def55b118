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
package io.rstreams.benchmarks.support;

import io.rstreams.client.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one machine-readable line a contender prints on stdout when it is done:
 * {@value #PREFIX} followed by a JSON object. {@code count} and {@code rate} are always
 * there; {@code rate} is the steady-state figure, events per second from the first event
 * to the last as the process itself saw them (so start-up is not in it). The harness
 * parses the last such line of each process; libraries may print anything else around it.
 */
public final class ResultLine {

	public static final String PREFIX = "BENCH ";

	private final ObjectNode json = Json.mapper().createObjectNode();

	private ResultLine() {
	}

	/**
	 * A result for {@code count} events handled between {@code firstNanos} and
	 * {@code lastNanos} ({@link System#nanoTime()}).
	 */
	public static ResultLine steady(long count, long firstNanos, long lastNanos) {
		ResultLine line = new ResultLine();
		double millis = Math.max(lastNanos - firstNanos, 1) / 1e6;
		line.json.put("count", count);
		line.json.put("steadyMs", Math.round(millis * 10) / 10.0);
		line.json.put("rate", Math.round(count / (millis / 1000)));
		return line;
	}

	public ResultLine put(String field, long value) {
		json.put(field, value);
		return this;
	}

	public ResultLine put(String field, double value) {
		json.put(field, value);
		return this;
	}

	public ResultLine put(String field, String value) {
		json.put(field, value);
		return this;
	}

	public ResultLine put(String field, boolean value) {
		json.put(field, value);
		return this;
	}

	public ResultLine put(String field, JsonNode value) {
		json.set(field, value);
		return this;
	}

	public String text() {
		return PREFIX + Json.mapper().writeValueAsString(json);
	}

	/** Prints the line and flushes, so that it is out before the process exits. */
	public void print() {
		System.out.println(text());
		System.out.flush();
	}

}
