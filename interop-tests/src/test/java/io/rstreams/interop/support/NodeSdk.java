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
package io.rstreams.interop.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.client.Json;
import io.rstreams.localbus.LocalBus;
import tools.jackson.databind.JsonNode;

/**
 * The Node SDK (leo-sdk 6.x) as a bot on a local bus: each call runs one script of
 * {@code src/test/node} with the bus's {@code RSTREAMS_CONFIG} and endpoints in its
 * environment (protocol.md 12), its input as JSON, and returns what it answered. A
 * failing or hanging script fails the test with its output.
 */
public final class NodeSdk {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	/** Variables that would send the SDK elsewhere (a secret, a profile, another bus). */
	private static final List<String> REMOVED = List.of("AWS_PROFILE", "AWS_SESSION_TOKEN", "LEO_CONFIG_SECRET",
			"RSTREAMS_CONFIG_SECRET", "leosdk", "leo-sdk", "LEOSDK", "LEO-SDK", "Resources", "RSTREAMS_MOCK_DATA");

	/** RSTREAMS_CONFIG and the endpoints lib/bus.js hands to the SDK. */
	private final Map<String, String> busEnvironment;

	public NodeSdk(LocalBus bus) {
		this(busEnvironment(bus));
	}

	private NodeSdk(Map<String, String> busEnvironment) {
		this.busEnvironment = Map.copyOf(busEnvironment);
	}

	/**
	 * A Node bot on a bus in another process, given what that bus printed for Node bots:
	 * {@code RSTREAMS_CONFIG}, {@code RSTREAMS_DYNAMODB_ENDPOINT},
	 * {@code RSTREAMS_S3_ENDPOINT} and {@code RSTREAMS_KINESIS_ENDPOINT}.
	 */
	public static NodeSdk joining(Map<String, String> printed) {
		Map<String, String> env = new HashMap<>();
		for (String name : List.of("RSTREAMS_CONFIG", "RSTREAMS_DYNAMODB_ENDPOINT", "RSTREAMS_S3_ENDPOINT",
				"RSTREAMS_KINESIS_ENDPOINT")) {
			String value = printed.get(name);
			if (value == null) {
				throw new IllegalArgumentException("The bus printed no " + name + ": " + printed.keySet());
			}
			env.put(name, value);
		}
		return new NodeSdk(env);
	}

	private static Map<String, String> busEnvironment(LocalBus bus) {
		Map<String, String> env = new HashMap<>();
		String endpoint = bus.endpoint().toString();
		env.put("RSTREAMS_CONFIG", bus.rstreamsConfigJson());
		env.put("RSTREAMS_DYNAMODB_ENDPOINT", endpoint);
		env.put("RSTREAMS_S3_ENDPOINT", endpoint);
		env.put("RSTREAMS_KINESIS_ENDPOINT",
				bus.kinesisFeed()
					.orElseThrow(() -> new IllegalStateException(
							"The bus is not fed by a Kinesis API, so Node bots cannot write to it"))
					.endpoint()
					.toString());
		return env;
	}

	/**
	 * {@code load(bot, queue)} with each object written as is (a full event, or a payload
	 * to wrap).
	 */
	public void load(String bot, String queue, List<?> events) {
		run("write.js", Map.of("bot", bot, "queue", queue, "events", events));
	}

	/** {@code putEvent(bot, queue, payload)}. */
	public void putEvent(String bot, String queue, Object payload) {
		putEvents(List.of(Map.of("bot", bot, "queue", queue, "payload", payload)));
	}

	/**
	 * {@code putEvent(put.bot, put.queue, put.payload)} for each put, in one Node
	 * process.
	 */
	public void putEvents(List<Map<String, Object>> puts) {
		run("write.js", Map.of("putEvents", puts));
	}

	/**
	 * {@code read(bot, queue)} from the bot's checkpoint (or today), without
	 * checkpointing.
	 */
	public List<JsonNode> read(String bot, String queue) {
		return events(run("read.js", Map.of("bot", bot, "queue", queue)));
	}

	/** {@code read(bot, queue, {start})}: the events after {@code start}. */
	public List<JsonNode> readAfter(String bot, String queue, String start) {
		return events(run("read.js", Map.of("bot", bot, "queue", queue, "start", start)));
	}

	/**
	 * {@code read(bot, queue)} from the bot's checkpoint, then the read stream's
	 * checkpoint.
	 */
	public List<JsonNode> readAndCheckpoint(String bot, String queue) {
		return events(run("read.js", Map.of("bot", bot, "queue", queue, "checkpoint", true)));
	}

	/**
	 * {@code offloadEvents({id: bot, inQueue: queue, each})}: the events handed to
	 * {@code each}; it checkpoints.
	 */
	public List<JsonNode> offload(String bot, String queue) {
		return events(run("offload.js", Map.of("bot", bot, "queue", queue)));
	}

	/**
	 * {@code enrichEvents}: every event of {@code in} (after the bot's checkpoint) to
	 * {@code out} with {@code field: true}.
	 */
	public int enrich(String bot, String in, String out, String field) {
		return run("enrich.js", Map.of("bot", bot, "inQueue", in, "outQueue", out, "field", field)).get("enriched")
			.asInt();
	}

	/** {@code createCorrelation(event)} for each event, as the SDK computes it. */
	public List<JsonNode> createCorrelations(List<JsonNode> events) {
		List<JsonNode> out = new ArrayList<>();
		run("correlate.js", Map.of("single", events)).get("single").forEach(out::add);
		return out;
	}

	/** {@code createCorrelation([events])}: one correlation for a batch. */
	public JsonNode createBatchCorrelation(List<JsonNode> events) {
		return run("correlate.js", Map.of("batch", events)).get("batch");
	}

	private static List<JsonNode> events(JsonNode result) {
		List<JsonNode> events = new ArrayList<>();
		result.get("events").forEach(events::add);
		return events;
	}

	/** Runs {@code script} with {@code input}; returns the JSON it answered. */
	public JsonNode run(String script, Object input) {
		Path result = null;
		try {
			result = Files.createTempFile("node-result-", ".json");
			Map<String, String> env = new LinkedHashMap<>(environment());
			env.put("INTEROP_INPUT", Json.mapper().writeValueAsString(input));
			env.put("INTEROP_RESULT", result.toString());
			String output = NodeRuntime.run(script, env, TIMEOUT);
			String answer = Files.readString(result);
			if (answer.isBlank()) {
				throw new AssertionError("node " + script + " answered nothing; its output:\n" + output);
			}
			return Json.mapper().readTree(answer);
		}
		catch (IOException ex) {
			throw new AssertionError("node " + script + ": " + ex, ex);
		}
		finally {
			if (result != null) {
				try {
					Files.deleteIfExists(result);
				}
				catch (IOException ignored) {
					// a temp file
				}
			}
		}
	}

	/**
	 * What a Node bot needs to join the bus (protocol.md 12), and nothing that could send
	 * it to AWS.
	 */
	public Map<String, String> environment() {
		Map<String, String> env = new HashMap<>(busEnvironment);
		env.put("AWS_ACCESS_KEY_ID", LocalBus.ACCESS_KEY);
		env.put("AWS_SECRET_ACCESS_KEY", LocalBus.SECRET_KEY);
		env.put("AWS_REGION", LocalBus.REGION);
		env.put("TZ", "UTC");
		env.put("AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE", "1");
		REMOVED.forEach(name -> env.put(name, null));
		return env;
	}

}
