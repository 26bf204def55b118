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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.rstreams.client.Json;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusConsole;
import io.rstreams.localbus.junit.LocalBusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console the standalone bus serves: the page and its assets from the jar, the JSON
 * API over the bus, and actions refused (the standalone bus has no bindings and is
 * read-only).
 */
@ExtendWith(LocalBusExtension.class)
class ConsoleStandaloneTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(URI base, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void servesThePageItsAssetsAndTheBusAsJson(LocalBus bus) throws Exception {
		ConsoleFixtures.write(bus, "s-writer", "s-queue", null, 1, 2);
		try (ConsoleServer console = LocalBusConsole.start(bus, 0)) {
			assertThat(console.url().toString()).startsWith("http://127.0.0.1:").endsWith("/");

			HttpResponse<String> page = get(console.url(), "/");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
			assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("default-src 'self'");
			assertThat(page.body()).contains("<script src=\"console.js\"").doesNotContain("http://", "https://");
			for (String asset : new String[] { "/console.js", "/console.css", "/favicon.svg" }) {
				HttpResponse<String> response = get(console.url(), asset);
				assertThat(response.statusCode()).as(asset).isEqualTo(200);
				assertThat(response.body()).as(asset).doesNotContain("https://cdn", "//fonts.", "unpkg", "jsdelivr");
			}
			assertThat(get(console.url(), "/../pom.xml").statusCode()).isEqualTo(404);
			assertThat(get(console.url(), "/secret.txt").statusCode()).isEqualTo(404);

			JsonNode info = Json.mapper().readTree(get(console.url(), "/api/info").body());
			assertThat(info.path("actionsEnabled").asBoolean(true)).isFalse();
			assertThat(info.path("bus").path("LeoCron").asString()).isEqualTo(bus.config().leoCron());

			HttpResponse<String> graph = get(console.url(), "/api/graph");
			assertThat(graph.statusCode()).isEqualTo(200);
			assertThat(graph.body()).contains("\"queue:s-queue\"");
			HttpResponse<String> queue = get(console.url(), "/api/queue?name=s-queue");
			assertThat(Json.mapper().readTree(queue.body()).path("events").size()).isEqualTo(2);
			assertThat(get(console.url(), "/api/bot?id=nobody").statusCode()).isEqualTo(404);
			assertThat(get(console.url(), "/api/queue").statusCode()).isEqualTo(400);
			assertThat(get(console.url(), "/api/trace?queue=s-queue&eid=nope").statusCode()).isEqualTo(400);
		}
	}

	@Test
	void refusesActionsWhenWritesAreNotEnabled(LocalBus bus) throws Exception {
		try (ConsoleServer console = LocalBusConsole.start(bus, 0)) {
			HttpResponse<String> refused = http
				.send(HttpRequest.newBuilder(console.url().resolve("/api/action?binding=invoiceBot-in-0&action=pause"))
					.header("X-RStreams-Console", "1")
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(Json.mapper().readTree(refused.body()).path("error").asString()).contains("read-only",
					"Nothing was changed", "the standalone bus runs no bindings");
		}
	}

}
