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
package io.rstreams.binder.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.rstreams.binder.Bindings;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.client.Json;
import io.rstreams.client.aws.S3ObjectStore;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.faults.FaultInjector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code Function} bot ({@code <name>-in} -> {@code <name>-out}, bot
 * {@code <name>-bot}) in its own Spring Boot application, whose every AWS call to the
 * local bus goes through a {@link FaultInjector}: DynamoDB and S3 over HTTP, Kinesis
 * through the in-process transport.
 */
public final class RelayBot implements AutoCloseable {

	/**
	 * Per-attempt bound of the bot's AWS calls, so that an injected timeout costs
	 * seconds, not minutes.
	 */
	static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

	private final String name;

	private final ConfigurableApplicationContext context;

	private RelayBot(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
	}

	/**
	 * Starts the bot; {@code properties} are added to (or override) the defaults below.
	 */
	public static RelayBot start(LocalBus bus, FaultInjector faults, String name, String... properties) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("spring.cloud.function.definition", "relay");
		props.put("spring.cloud.stream.bindings.relay-in-0.destination", name + "-in");
		props.put("spring.cloud.stream.bindings.relay-in-0.group", name + "-bot");
		props.put("spring.cloud.stream.bindings.relay-out-0.destination", name + "-out");
		props.put("spring.cloud.stream.rstreams.default.consumer.start", "beginning");
		props.put("spring.cloud.stream.rstreams.default.consumer.batch-size", "100");
		props.put("spring.cloud.stream.rstreams.default.consumer.error-backoff", "50ms");
		props.put("spring.cloud.stream.rstreams.default.consumer.poll-interval", "50ms");
		props.put("spring.cloud.stream.rstreams.default.consumer.shutdown-timeout", "10s");
		props.put("spring.cloud.stream.rstreams.default.consumer.lease-duration", "30s");
		props.put("spring.main.banner-mode", "off");
		List<String> args = new ArrayList<>();
		for (String p : properties) {
			int eq = p.indexOf('=');
			props.put(p.substring(0, eq), p.substring(eq + 1));
		}
		props.forEach((k, v) -> args.add("--" + k + "=" + v));
		SpringApplication app = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).initializers(c -> {
			c.getBeanFactory().registerSingleton("localBus", bus);
			c.getBeanFactory().registerSingleton("faultInjector", faults);
		}).build();
		return new RelayBot(name, app.run(args.toArray(String[]::new)));
	}

	public String inputQueue() {
		return name + "-in";
	}

	public String outputQueue() {
		return name + "-out";
	}

	public String botId() {
		return name + "-bot";
	}

	public RStreamsInboundChannelAdapter binding() {
		return Bindings.consumer(context, "relay-in-0");
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	@Override
	public void close() {
		context.close();
	}

	/** The bot: each input {@code {"n": k}} becomes {@code {"n": k, "relayed": true}}. */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		Function<JsonNode, JsonNode> relay() {
			return in -> {
				ObjectNode out = Json.mapper().createObjectNode();
				out.set("n", in.get("n"));
				out.put("relayed", true);
				return out;
			};
		}

		@Bean(destroyMethod = "close")
		SdkAsyncHttpClient faultyHttp(FaultInjector faults) {
			return faults.httpClient(NettyNioAsyncHttpClient.builder().maxConcurrency(32).build());
		}

		@Bean
		RStreamsBusConnection rstreamsBusConnection(LocalBus bus, FaultInjector faults, SdkAsyncHttpClient faultyHttp) {
			StaticCredentialsProvider credentials = StaticCredentialsProvider
				.create(AwsBasicCredentials.create(LocalBus.ACCESS_KEY, LocalBus.SECRET_KEY));
			DynamoDbAsyncClient dynamo = DynamoDbAsyncClient.builder()
				.endpointOverride(bus.endpoint())
				.region(Region.of(LocalBus.REGION))
				.credentialsProvider(credentials)
				.httpClient(faultyHttp)
				.overrideConfiguration(c -> c.apiCallAttemptTimeout(ATTEMPT_TIMEOUT))
				.build();
			S3AsyncClient s3 = S3AsyncClient.builder()
				.endpointOverride(bus.endpoint())
				.region(Region.of(LocalBus.REGION))
				.credentialsProvider(credentials)
				.httpClient(faultyHttp)
				.forcePathStyle(true)
				.overrideConfiguration(c -> c.apiCallAttemptTimeout(ATTEMPT_TIMEOUT))
				.build();
			return new RStreamsBusConnection(bus.config(), dynamo, new S3ObjectStore(s3, Duration.ofSeconds(20)),
					faults.kinesis(bus.kinesis()), null, null, bus.options().clock(), "a local bus behind faults");
		}

	}

}
