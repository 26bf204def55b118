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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.rstreams.client.BusConfig;
import io.rstreams.client.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actions API: refused with 403 and a clear message unless writes are enabled, and
 * only from the console's own page; when enabled, handed to the host's
 * {@link ConsoleActions}. None of these calls reaches the bus, so no bus runs here.
 */
class ConsoleActionsApiTest {

	private final List<String> done = new ArrayList<>();

	private final ConsoleActions actions = new ConsoleActions() {
		@Override
		public void pause(String binding) {
			done.add("pause " + binding);
		}

		@Override
		public void resume(String binding) {
			done.add("resume " + binding);
		}

		@Override
		public void moveCheckpoint(String binding, String eid) {
			if (!binding.equals("b-in-0")) {
				throw new IllegalArgumentException("No binding '" + binding + "'");
			}
			done.add("move " + binding + " " + eid);
		}
	};

	private final HttpClient http = HttpClient.newHttpClient();

	private DynamoDbAsyncClient dynamo;

	private BusConsole console;

	@BeforeEach
	void console() {
		// an endpoint nothing listens on: the actions API must not need the bus
		dynamo = DynamoDbAsyncClient.builder()
			.endpointOverride(URI.create("http://127.0.0.1:9"))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
			.build();
		BusConfig bus = BusConfig
			.parse("{\"Region\":\"us-east-1\",\"LeoStream\":\"S\",\"LeoCron\":\"C\",\"LeoEvent\":\"E\","
					+ "\"LeoS3\":\"b\",\"LeoKinesisStream\":\"K\",\"LeoFirehoseStream\":\"F\"}", "test");
		console = new BusConsole(dynamo, null, bus, Clock.systemUTC(), HealthRules.defaults(), ConsoleBindings.NONE,
				Duration.ofSeconds(1));
	}

	@AfterEach
	void close() {
		dynamo.close();
	}

	private HttpResponse<String> post(ConsoleServer server, String query, boolean fromThePage) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve("/api/action?" + query))
			.POST(HttpRequest.BodyPublishers.noBody());
		if (fromThePage) {
			request.header(ApiHandler.ACTION_HEADER, "1");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String error(HttpResponse<String> response) {
		return Json.mapper().readTree(response.body()).path("error").asString();
	}

	@Test
	void actionsAreRefusedWhenWritesAreNotEnabled() throws Exception {
		ConsoleSettings settings = ConsoleSettings.defaults().withReadOnlyHint("set console.write-enabled=true");
		try (ConsoleServer server = ConsoleServer.start(console, actions, settings)) {
			for (String query : List.of("binding=b-in-0&action=pause", "binding=b-in-0&action=resume",
					"binding=b-in-0&action=move&eid=z/2026/12/01/00/00/1764547200000-0000001")) {
				HttpResponse<String> response = post(server, query, true);
				assertThat(response.statusCode()).as(query).isEqualTo(403);
				assertThat(error(response)).contains("read-only", "set console.write-enabled=true",
						"Nothing was changed");
			}
		}
		assertThat(done).isEmpty();
	}

	@Test
	void enabledActionsReachTheHostOnlyFromTheConsolesPage() throws Exception {
		try (ConsoleServer server = ConsoleServer.start(console, actions,
				ConsoleSettings.defaults().withWriteEnabled(true))) {
			HttpResponse<String> foreign = post(server, "binding=b-in-0&action=pause", false);
			assertThat(foreign.statusCode()).isEqualTo(403);
			assertThat(error(foreign)).contains(ApiHandler.ACTION_HEADER);
			assertThat(done).isEmpty();

			assertThat(post(server, "binding=b-in-0&action=pause", true).statusCode()).isEqualTo(200);
			assertThat(post(server, "binding=b-in-0&action=resume", true).statusCode()).isEqualTo(200);
			assertThat(post(server, "binding=b-in-0&action=move&eid=z/2026/12/01", true).statusCode()).isEqualTo(200);
			assertThat(done).containsExactly("pause b-in-0", "resume b-in-0", "move b-in-0 z/2026/12/01");

			HttpResponse<String> unknown = post(server, "binding=nope&action=move&eid=z/", true);
			assertThat(unknown.statusCode()).isEqualTo(400);
			assertThat(error(unknown)).isEqualTo("No binding 'nope'");
			assertThat(error(post(server, "binding=b-in-0&action=skip", true))).contains("Unknown action 'skip'");
			assertThat(error(post(server, "binding=b-in-0&action=move", true))).contains("Missing parameter 'eid'");
			HttpResponse<String> get = http.send(
					HttpRequest.newBuilder(server.url().resolve("/api/action?binding=b-in-0&action=pause")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(get.statusCode()).isEqualTo(405);
		}
	}

	@Test
	void listensOnLoopbackByDefault() {
		try (ConsoleServer server = ConsoleServer.start(console, actions, ConsoleSettings.defaults())) {
			assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
			assertThat(server.port()).isPositive();
		}
	}

}
