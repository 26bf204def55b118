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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.MessageChannel;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the bus console is served: by default on the embedded bus of an application in
 * development, not when a test forces the embedded bus, not on a real bus unless enabled;
 * read-only unless writes are enabled, and then acting on the binder's own bindings.
 */
class RStreamsConsoleAutoConfigurationTest {

	static LocalBus realBus;

	private final HttpClient http = HttpClient.newHttpClient();

	@SpringBootApplication
	static class App {

		@Bean
		Consumer<Map<String, Object>> ledger() {
			return m -> {
			};
		}

	}

	@BeforeAll
	static void startRealBus() {
		realBus = LocalBus.start(LocalBusOptions.defaults().withName("ConsoleRealBus"));
	}

	@AfterAll
	static void stopRealBus() {
		realBus.close();
	}

	private static ConfigurableApplicationContext start(String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.cloud.function.definition=ledger",
				"spring.cloud.stream.bindings.ledger-in-0.destination=console-entries",
				"spring.cloud.stream.bindings.ledger-in-0.group=console-ledger-bot",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("testCredentials",
						(AwsCredentialsProvider) StaticCredentialsProvider
							.create(AwsBasicCredentials.create(LocalBus.ACCESS_KEY, LocalBus.SECRET_KEY))))
			.run();
	}

	private static String[] realBusProperties(String... more) {
		List<String> all = new ArrayList<>();
		realBus.config().asMap().forEach((key, value) -> {
			if (value != null) {
				String property = key.equals("Region") ? "region"
						: key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
				all.add("spring.cloud.stream.rstreams.bus." + property + "=" + value);
			}
		});
		for (String service : List.of("dynamodb", "s3", "kinesis")) {
			all.add("spring.cloud.stream.rstreams.bus.endpoints." + service + "=" + realBus.endpoint());
		}
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	private HttpResponse<String> get(URI base, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(URI base, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(base.resolve(path))
			.header("X-RStreams-Console", "1")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String state(ConfigurableApplicationContext app) {
		RStreamsMessageChannelBinder binder = (RStreamsMessageChannelBinder) app.getBean(BinderFactory.class)
			.getBinder("rstreams", MessageChannel.class);
		return binder.consumerBindings().get("ledger-in-0").state().name();
	}

	@Test
	void servedReadOnlyOnTheEmbeddedBusOfAnApplicationInDevelopment() throws Exception {
		try (ConfigurableApplicationContext app = start()) {
			RStreamsConsole console = app.getBean(RStreamsConsole.class);
			assertThat(console.isRunning()).isTrue();
			assertThat(console.url().getHost()).isEqualTo("127.0.0.1");
			assertThat(get(console.url(), "/").body()).contains("console.js");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> get(console.url(), "/api/graph").body().contains("\"queue:console-entries\""));
			JsonNode bot = Json.mapper().readTree(get(console.url(), "/api/bot?id=console-ledger-bot").body());
			assertThat(bot.path("bindings").get(0).path("binding").asString()).isEqualTo("ledger-in-0");
			assertThat(bot.path("bindings").get(0).path("state").asString()).isEqualTo("RUNNING");

			HttpResponse<String> refused = post(console.url(), "/api/action?binding=ledger-in-0&action=pause");
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("spring.cloud.stream.rstreams.console.write-enabled=true");
			assertThat(state(app)).isEqualTo("RUNNING");
		}
	}

	@Test
	void withWritesEnabledPauseAndResumeActOnTheBinding() throws Exception {
		try (ConfigurableApplicationContext app = start("spring.cloud.stream.rstreams.console.write-enabled=true")) {
			URI url = app.getBean(RStreamsConsole.class).url();
			await().atMost(Duration.ofSeconds(20)).until(() -> "RUNNING".equals(state(app)));
			assertThat(post(url, "/api/action?binding=ledger-in-0&action=pause").statusCode()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(10)).until(() -> "PAUSED".equals(state(app)));
			assertThat(post(url, "/api/action?binding=ledger-in-0&action=resume").statusCode()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(10)).until(() -> "RUNNING".equals(state(app)));
			assertThat(post(url, "/api/action?binding=nope&action=pause").body())
				.contains("No RStreams consumer binding 'nope'");
		}
	}

	@Test
	void notServedWhenATestForcesTheEmbeddedBusOrWhenTurnedOff() {
		try (ConfigurableApplicationContext app = start("spring.cloud.stream.rstreams.bus.local.force=true")) {
			assertThat(app.getBeansOfType(RStreamsConsole.class)).isEmpty();
		}
		try (ConfigurableApplicationContext app = start("spring.cloud.stream.rstreams.console.enabled=false")) {
			assertThat(app.getBeansOfType(RStreamsConsole.class)).isEmpty();
		}
	}

	@Test
	void onARealBusOnlyWhenEnabled() throws Exception {
		try (QueueWriter writer = realBus.writer("console-source")) {
			writer.write(
					Event.builder().event("real-queue").payload(Json.mapper().createObjectNode().put("n", 1)).build());
			writer.flush().join();
		}
		try (ConfigurableApplicationContext app = start(realBusProperties())) {
			assertThat(app.getBean(ResolvedBus.class).local()).isFalse();
			assertThat(app.getBeansOfType(RStreamsConsole.class)).isEmpty();
		}
		try (ConfigurableApplicationContext app = start(
				realBusProperties("spring.cloud.stream.rstreams.console.enabled=true"))) {
			URI url = app.getBean(RStreamsConsole.class).url();
			assertThat(get(url, "/api/graph").body()).contains("\"queue:real-queue\"");
			assertThat(get(url, "/api/info").body()).contains("ConsoleRealBus-LeoCron");
		}
	}

}
