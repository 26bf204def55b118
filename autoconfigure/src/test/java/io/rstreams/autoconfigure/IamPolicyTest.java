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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.aws.IamActions;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.client.write.WriteMode;
import io.rstreams.client.write.WriterSettings;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.firehose.FirehoseAsyncClientBuilder;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClientBuilder;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.ssm.SsmClientBuilder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The IAM policies of {@code docs/iam} allow everything the binder does: a consuming bot
 * and a producing bot run against a local bus (DynamoDB, S3 and Kinesis over HTTP) with
 * SSM and Secrets Manager answered by WireMock, every AWS call the real SDK clients make
 * is recorded, and each one's IAM action must be allowed by the bot's policy plus the
 * resolution policy. A new call in the code fails here until the policy (and so the
 * documentation) has it.
 */
class IamPolicyTest {

	@RegisterExtension
	static WireMockExtension aws = WireMockExtension.newInstance()
		.options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
			.dynamicPort()
			.bindAddress("127.0.0.1"))
		.build();

	static final Path POLICIES = Path.of("..", "docs", "iam");

	static LocalBus bus;

	@BeforeAll
	static void startBus() {
		bus = LocalBus.start(LocalBusOptions.defaults().withName("IamBus"));
	}

	@AfterAll
	static void stopBus() {
		bus.close();
	}

	@Test
	void aConsumingBotNeedsOnlyTheConsumerPolicy() throws Exception {
		List<String> inputs = List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
		write("iam-in", inputs, WriteMode.KINESIS);
		// read back from S3 files by the reader
		write("iam-files", inputs, WriteMode.S3);
		String lastIn = last("iam-in").eid();
		String lastFile = last("iam-files").eid();
		Set<String> actions = ConcurrentHashMap.newKeySet();
		try (ConfigurableApplicationContext app = start(ConsumerBot.class, actions,
				"spring.cloud.function.definition=audit;files",
				"spring.cloud.stream.bindings.audit-in-0.destination=iam-in",
				"spring.cloud.stream.bindings.audit-in-0.group=iam-audit-bot",
				"spring.cloud.stream.bindings.files-in-0.destination=iam-files",
				"spring.cloud.stream.bindings.files-in-0.group=iam-files-bot")) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> lastIn.equals(bus.checkpointer().readCheckpoint("iam-audit-bot", "iam-in"))
						&& lastFile.equals(bus.checkpointer().readCheckpoint("iam-files-bot", "iam-files")));
		}
		assertThat(actions).contains("dynamodb:Query", "dynamodb:UpdateItem", "s3:GetObject",
				"secretsmanager:GetSecretValue");
		assertAllowed(actions, "consumer-policy.json");
	}

	@Test
	void aProducingBotNeedsOnlyTheProducerPolicy() throws Exception {
		Set<String> actions = ConcurrentHashMap.newKeySet();
		try (ConfigurableApplicationContext app = start(ProducerBot.class, actions,
				"spring.cloud.stream.output-bindings=kinesisOut;filesOut",
				"spring.cloud.stream.bindings.kinesisOut-out-0.destination=iam-kinesis-out",
				"spring.cloud.stream.bindings.filesOut-out-0.destination=iam-files-out",
				"spring.cloud.stream.rstreams.bindings.kinesisOut-out-0.producer.sync=true",
				"spring.cloud.stream.rstreams.bindings.filesOut-out-0.producer.sync=true",
				"spring.cloud.stream.rstreams.bindings.filesOut-out-0.producer.mode=s3")) {
			StreamBridge bridge = app.getBean(StreamBridge.class);
			assertThat(bridge.send("kinesisOut-out-0", "{\"n\":1}")).isTrue();
			assertThat(bridge.send("filesOut-out-0", "{\"n\":2}")).isTrue();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> count("iam-kinesis-out") == 1 && count("iam-files-out") == 1);
		}
		assertThat(actions).contains("kinesis:PutRecords", "s3:PutObject", "ssm:GetParameter");
		assertAllowed(actions, "producer-policy.json");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ConsumerBot {

		@Bean
		Consumer<String> audit() {
			return s -> {
			};
		}

		@Bean
		Consumer<String> files() {
			return s -> {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ProducerBot {

	}

	/** The bus found by name, as on AWS: SSM parameter, then the bus stack's secret. */
	ConfigurableApplicationContext start(Class<?> app, Set<String> actions, String... properties) {
		aws.resetAll();
		AwsStubs.notFoundByDefault(aws);
		AwsStubs.parameter(aws, "IamBus", "IamBus-Bus-1ABC");
		AwsStubs.secret(aws, "rstreams-IamBus-Bus-1ABC", bus.rstreamsConfigJson());
		String wiremock = "http://127.0.0.1:" + aws.getPort();
		List<String> all = new ArrayList<>(List.of("spring.cloud.stream.rstreams.bus.name=IamBus",
				"spring.cloud.stream.rstreams.bus.region=us-east-1",
				"spring.cloud.stream.rstreams.bus.endpoints.ssm=" + wiremock,
				"spring.cloud.stream.rstreams.bus.endpoints.secretsmanager=" + wiremock,
				"spring.cloud.stream.rstreams.bus.endpoints.dynamodb=" + bus.endpoint(),
				"spring.cloud.stream.rstreams.bus.endpoints.s3=" + bus.endpoint(),
				"spring.cloud.stream.rstreams.bus.endpoints.kinesis=" + bus.endpoint(),
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(app).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.initializers(context -> {
				context.getBeanFactory()
					.registerSingleton("testCredentials", (AwsCredentialsProvider) StaticCredentialsProvider
						.create(AwsBasicCredentials.create(LocalBus.ACCESS_KEY, LocalBus.SECRET_KEY)));
				context.getBeanFactory().registerSingleton("recordingCustomizer", new Recording(actions));
			})
			.run();
	}

	void write(String queue, List<String> payloads, WriteMode mode) {
		try (QueueWriter writer = bus.writer("iam-source", WriterSettings.builder().mode(mode).build())) {
			for (String p : payloads) {
				writer.write(Event.builder().event(queue).payload(Json.mapper().readTree(p)).build());
			}
			writer.flush().join();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> count(queue) == payloads.size());
	}

	static List<Event> read(String queue) {
		List<Event> events = new ArrayList<>();
		try (EventStream s = bus.reader().read("iam-test", queue, StartPosition.BEGINNING)) {
			s.forEachRemaining(e -> events.add(((ReadEntry.Ok) e).event()));
		}
		return events;
	}

	static int count(String queue) {
		return read(queue).size();
	}

	static Event last(String queue) {
		List<Event> events = read(queue);
		return events.get(events.size() - 1);
	}

	/** Each recorded action is allowed by the bot's policy or the resolution policy. */
	static void assertAllowed(Set<String> actions, String policy) throws Exception {
		List<Pattern> allowed = new ArrayList<>();
		allowed.addAll(allowedActions(POLICIES.resolve(policy)));
		allowed.addAll(allowedActions(POLICIES.resolve("resolution-policy.json")));
		Set<String> missing = new TreeSet<>();
		for (String action : actions) {
			if (allowed.stream().noneMatch(p -> p.matcher(action).matches())) {
				missing.add(action);
			}
		}
		assertThat(missing)
			.as("actions the binder performed that docs/iam/%s (with resolution-policy.json) "
					+ "does not allow; all recorded: %s", policy, new TreeSet<>(actions))
			.isEmpty();
	}

	static List<Pattern> allowedActions(Path policy) throws Exception {
		JsonNode document = Json.mapper().readTree(Files.readString(policy));
		List<Pattern> actions = new ArrayList<>();
		for (JsonNode statement : document.path("Statement")) {
			if (!"Allow".equals(statement.path("Effect").asString())) {
				continue;
			}
			JsonNode action = statement.path("Action");
			List<JsonNode> values = new ArrayList<>();
			if (action.isArray()) {
				action.forEach(values::add);
			}
			else {
				values.add(action);
			}
			// IAM action names are case-insensitive and may end in a wildcard
			values.forEach(v -> actions
				.add(Pattern.compile(Pattern.quote(v.asString()).replace("*", "\\E.*\\Q"), Pattern.CASE_INSENSITIVE)));
		}
		return actions;
	}

	/** Adds the recording interceptor to every client the auto-configuration builds. */
	record Recording(Set<String> actions) implements RStreamsClientCustomizer, ExecutionInterceptor {

		@Override
		public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
			// the SDK's service names are the IAM prefixes in another case: DynamoDb,
			// SecretsManager
			String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME).toLowerCase();
			actions.add(IamActions.of(service, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)));
		}

		private <B extends AwsClientBuilder<B, ?>> void record(B builder) {
			builder.overrideConfiguration(
					builder.overrideConfiguration().toBuilder().addExecutionInterceptor(this).build());
		}

		@Override
		public void customize(DynamoDbAsyncClientBuilder builder) {
			record(builder);
		}

		@Override
		public void customize(KinesisAsyncClientBuilder builder) {
			record(builder);
		}

		@Override
		public void customize(S3AsyncClientBuilder builder) {
			record(builder);
		}

		@Override
		public void customize(FirehoseAsyncClientBuilder builder) {
			record(builder);
		}

		@Override
		public void customize(SecretsManagerClientBuilder builder) {
			record(builder);
		}

		@Override
		public void customize(SsmClientBuilder builder) {
			record(builder);
		}

	}

}
