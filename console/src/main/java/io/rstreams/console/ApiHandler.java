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

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.rstreams.client.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The console's JSON API, which the page calls:
 * <ul>
 * <li>{@code GET /api/info}: the bus's resource names, whether actions are allowed;
 * <li>{@code GET /api/graph};
 * <li>{@code GET /api/queue?name=&after=&limit=&path=&value=};
 * <li>{@code GET /api/bot?id=};
 * <li>{@code GET /api/trace?queue=&eid=};
 * <li>{@code POST /api/action?binding=&action=pause|resume|move&eid=}: 403 unless writes
 * are enabled. A POST must carry the header {@value #ACTION_HEADER}, which a page of
 * another origin cannot send without a CORS preflight the console never answers.
 * </ul>
 */
final class ApiHandler implements HttpHandler {

	static final String ACTION_HEADER = "X-RStreams-Console";

	private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

	private final BusConsole console;

	private final ConsoleActions actions;

	private final ConsoleSettings settings;

	ApiHandler(BusConsole console, ConsoleActions actions, ConsoleSettings settings) {
		this.console = Objects.requireNonNull(console);
		this.actions = Objects.requireNonNull(actions);
		this.settings = Objects.requireNonNull(settings);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
			try {
				if ("/api/action".equals(path)) {
					act(exchange, query);
					return;
				}
				if (!"GET".equals(exchange.getRequestMethod())) {
					Responses.error(exchange, 405, "Use GET for " + path);
					return;
				}
				switch (path) {
					case "/api/info" -> Responses.json(exchange, 200, info());
					case "/api/graph" -> Responses.json(exchange, 200, console.graph());
					case "/api/queue" -> Responses.json(exchange, 200, console.queue(required(query, "name"),
							query.get("after"), limit(query.get("limit")), query.get("path"), query.get("value")));
					case "/api/bot" -> {
						BotView bot = console.bot(required(query, "id"), settings.writeEnabled());
						if (bot == null) {
							Responses.error(exchange, 404, "No bot '" + query.get("id") + "' in LeoCron: it writes "
									+ "without being registered (a Supplier, StreamBridge or Node load), so it shows only "
									+ "on the queues it writes");
						}
						else {
							Responses.json(exchange, 200, bot);
						}
					}
					case "/api/trace" -> {
						TraceView trace = console.trace(required(query, "queue"), required(query, "eid"));
						if (trace.origin() == null) {
							Responses.error(exchange, 404,
									"No event " + query.get("eid") + " in queue '" + query.get("queue") + "'");
						}
						else {
							Responses.json(exchange, 200, trace);
						}
					}
					default -> Responses.error(exchange, 404, "No API " + path);
				}
			}
			catch (IllegalArgumentException ex) {
				Responses.error(exchange, 400, ex.getMessage());
			}
			catch (RuntimeException ex) {
				log.warn("Console request {} failed: {}", path, ex.toString());
				Responses.error(exchange, 502, "The bus could not be read: " + ex.getMessage());
			}
		}
	}

	private void act(HttpExchange exchange, Map<String, String> query) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			Responses.error(exchange, 405, "Use POST for actions");
			return;
		}
		if (exchange.getRequestHeaders().getFirst(ACTION_HEADER) == null) {
			Responses.error(exchange, 403, "Actions must come from the console's page (header " + ACTION_HEADER + ")");
			return;
		}
		if (!settings.writeEnabled()) {
			Responses.error(exchange, 403, "Actions are disabled: the console is read-only (" + settings.readOnlyHint()
					+ "). Nothing was changed.");
			return;
		}
		String binding = required(query, "binding");
		String action = required(query, "action");
		switch (action) {
			case "pause" -> actions.pause(binding);
			case "resume" -> actions.resume(binding);
			case "move" -> actions.moveCheckpoint(binding, required(query, "eid"));
			default -> throw new IllegalArgumentException("Unknown action '" + action + "': use pause, resume or move");
		}
		log.info("Console action '{}' on binding '{}'{}", action, binding,
				"move".equals(action) ? " to " + query.get("eid") : "");
		ObjectNode body = Json.mapper().createObjectNode();
		body.put("binding", binding);
		body.put("action", action);
		body.put("done", true);
		Responses.json(exchange, 200, body);
	}

	private Map<String, Object> info() {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("title", settings.title());
		info.put("bus", console.bus().asMap());
		info.put("actionsEnabled", settings.writeEnabled());
		info.put("readOnlyHint", settings.readOnlyHint());
		return info;
	}

	private static int limit(String value) {
		if (value == null || value.isBlank()) {
			return 50;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("limit is a number, got '" + value + "'");
		}
	}

	private static String required(Map<String, String> query, String name) {
		String value = query.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Missing parameter '" + name + "'");
		}
		return value;
	}

	static Map<String, String> query(String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return values;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String key = eq < 0 ? pair : pair.substring(0, eq);
			String value = eq < 0 ? "" : pair.substring(eq + 1);
			values.put(URLDecoder.decode(key, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return values;
	}

}
