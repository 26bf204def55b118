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
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import io.rstreams.client.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writing the console's HTTP responses: JSON, errors as {@code {"error": ...}}, headers.
 */
final class Responses {

	private Responses() {
	}

	static void json(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = Json.mapper().writeValueAsBytes(body);
		securityHeaders(exchange);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	static void error(HttpExchange exchange, int status, String message) throws IOException {
		ObjectNode body = Json.mapper().createObjectNode();
		body.put("status", status);
		body.put("error", message);
		json(exchange, status, body);
	}

	static void text(HttpExchange exchange, int status, String message) throws IOException {
		byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
		securityHeaders(exchange);
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	/**
	 * Nothing but the console's own files may run in the page, and it is never framed.
	 */
	static void securityHeaders(HttpExchange exchange) {
		exchange.getResponseHeaders()
			.set("Content-Security-Policy",
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
		exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
		exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
	}

}
