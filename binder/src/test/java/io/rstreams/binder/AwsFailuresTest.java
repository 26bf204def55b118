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
package io.rstreams.binder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DynamoDB throttles the reads, answers 500 and rejects expired credentials for a while:
 * the binding retries with back-off, says so in its health, never dies, and in the end
 * has handled every event and checkpointed the last.
 */
@SpringBootTest(classes = AwsFailuresTest.App.class,
		properties = { "spring.cloud.function.definition=steady",
				"spring.cloud.stream.bindings.steady-in-0.destination=flaky",
				"spring.cloud.stream.bindings.steady-in-0.group=steady-bot",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.batch-size=10",
				"spring.cloud.stream.rstreams.default.consumer.error-backoff=50ms",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=50ms" })
class AwsFailuresTest {

	/**
	 * Fails chosen operations while {@link #failing} is positive, one failure per
	 * attempt.
	 */
	static final class Faults implements ExecutionInterceptor {

		final AtomicInteger failing = new AtomicInteger();

		final AtomicInteger injected = new AtomicInteger();

		final Map<String, String> errors = Map.of("Query", "ProvisionedThroughputExceededException", "GetItem",
				"InternalServerError", "UpdateItem", "ExpiredTokenException");

		@Override
		public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
			String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
			String code = errors.get(operation);
			if (code != null && failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				injected.incrementAndGet();
				throw DynamoDbException.builder()
					.statusCode(code.startsWith("Internal") ? 500 : 400)
					.awsErrorDetails(AwsErrorDetails.builder()
						.errorCode(code)
						.errorMessage("injected " + code)
						.serviceName("DynamoDb")
						.build())
					.message("injected " + code)
					.build();
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		final Faults faults = new Faults();

		final Set<Integer> handled = ConcurrentHashMap.newKeySet();

		@Bean(destroyMethod = "close")
		LocalBus localBus() {
			return LocalBus.start();
		}

		@Bean
		RStreamsBusConnection rstreamsBusConnection(LocalBus bus) {
			DynamoDbAsyncClient dynamo = DynamoDbAsyncClient.builder()
				.endpointOverride(bus.endpoint())
				.region(Region.US_EAST_1)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
				.overrideConfiguration(c -> c.addExecutionInterceptor(faults).retryStrategy(RetryMode.STANDARD))
				.build();
			return new RStreamsBusConnection(bus.config(), dynamo, bus.objectStore(), bus.kinesis(), null, null,
					bus.options().clock(), "flaky test bus");
		}

		@Bean
		Consumer<Map<String, Object>> steady() {
			return m -> handled.add(((Number) m.get("n")).intValue());
		}

	}

	@Autowired
	App app;

	@Autowired
	LocalBus bus;

	@Autowired
	ApplicationContext context;

	@Test
	void throttlingServerErrorsAndExpiredCredentialsAreRetriedAndSurfaced() {
		RStreamsInboundChannelAdapter adapter = Bindings.consumer(context, "steady-in-0");
		await().atMost(Duration.ofSeconds(10)).until(() -> adapter.state() == BindingState.RUNNING);
		List<String> payloads = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			payloads.add("{\"n\":" + i + "}");
		}
		// more consecutive failures than the AWS SDK's own three attempts: the binding
		// must retry on its own. Set before the events are written, so that a reader
		// quicker than the test cannot read them all before any fault (the test kit's
		// writes and reads do not go through the binding's client).
		app.faults.failing.set(12);
		LocalBusSupport.write(bus, "flaky", "p", payloads);
		List<Event> events = LocalBusSupport.readAll(bus, "flaky");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> app.faults.injected.get() == 12
					&& events.get(59).eid().equals(LocalBusSupport.checkpoint(bus, "steady-bot", "flaky")));
		assertThat(app.handled).hasSize(60);
		assertThat(adapter.state()).isEqualTo(BindingState.RUNNING);
		assertThat(adapter.lastError()).isNotNull();
		assertThat(RStreamsInboundChannelAdapter.describe(adapter.lastError()))
			.containsPattern("ProvisionedThroughputExceededException|InternalServerError|ExpiredTokenException");
		assertThat(adapter.lastErrorAt()).isNotNull();
	}

}
