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
import java.io.InputStream;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves the page's files from the jar ({@code io/rstreams/console/static/}): plain HTML,
 * CSS, JavaScript and SVG written for the console, nothing from a CDN, so it works
 * offline. Only the files listed here are served.
 */
final class StaticAssets implements HttpHandler {

	private static final String ROOT = "io/rstreams/console/static/";

	private static final Map<String, String> FILES = Map.of("/", "index.html", "/index.html", "index.html",
			"/console.js", "console.js", "/console.css", "console.css", "/favicon.svg", "favicon.svg");

	private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
			"text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String file = FILES.get(exchange.getRequestURI().getPath());
			if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
				Responses.text(exchange, 405, "Method not allowed");
				return;
			}
			byte[] body = file == null ? null : read(file);
			if (body == null) {
				Responses.text(exchange, 404, "Not found: " + exchange.getRequestURI().getPath());
				return;
			}
			Responses.securityHeaders(exchange);
			exchange.getResponseHeaders().set("Content-Type", TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
			exchange.getResponseHeaders().set("Cache-Control", "no-cache");
			exchange.sendResponseHeaders(200, "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
			if (!"HEAD".equals(exchange.getRequestMethod())) {
				exchange.getResponseBody().write(body);
			}
		}
	}

	private static byte[] read(String file) throws IOException {
		try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(ROOT + file)) {
			return in == null ? null : in.readAllBytes();
		}
	}

}
