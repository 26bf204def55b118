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

import java.time.Duration;
import org.springframework.boot.test.context.runner.ContextConsumer;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.rstreams.client.BusConfig;
import io.rstreams.client.bus.BusVerifier;
import io.rstreams.client.MissingBusResourceException;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each way finding the bus can fail says what was looked for, where, and what to set. */
class BusResolutionErrorsTest {

	@RegisterExtension
	static WireMockExtension aws = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	ApplicationContextRunner runner;

	@BeforeEach
	void setUp() {
		runner = AwsStubs.runner(aws);
	}

	static ContextConsumer<AssertableApplicationContext> failsWith(String message, String action) {
		return context -> {
			assertThat(context).hasFailed();
			Throwable t = context.getStartupFailure();
			while (!(t instanceof RStreamsConfigurationException) && t.getCause() != null) {
				t = t.getCause();
			}
			assertThat(t).isInstanceOf(RStreamsConfigurationException.class);
			assertThat(t.getMessage()).contains(message);
			assertThat(((RStreamsConfigurationException) t).action()).contains(action);
		};
	}

	@Test
	void missingParameter() {
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.name=NoSuchBus")
			.run(failsWith("The SSM parameter 'NoSuchBus' does not exist in region us-east-1",
					"spring.cloud.stream.rstreams.bus.name"));
	}

	@Test
	void parameterPresentButNoSecret() {
		AwsStubs.parameter(aws, "LonelyBus", "LonelyBus-Bus-QQQ");
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.name=LonelyBus").run(context -> {
			failsWith("No bus secret found in region us-east-1", "spring.cloud.stream.rstreams.bus.secret-name")
				.accept(context);
			Throwable t = context.getStartupFailure();
			while (!(t instanceof RStreamsConfigurationException)) {
				t = t.getCause();
			}
			assertThat(((RStreamsConfigurationException) t).tried()).containsExactly("SSM parameter 'LonelyBus'",
					"secret 'rstreams-LonelyBus-Bus-QQQ'", "secret 'rstreams-LonelyBus'");
			assertThat(t.getMessage()).contains("rstreams-LonelyBus-Bus-QQQ").contains("rstreams-LonelyBus'");
		});
	}

	@Test
	void secretNotJson() {
		AwsStubs.secret(aws, "rstreams-Broken", "LeoStream=abc");
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.secret-name=rstreams-Broken")
			.run(failsWith("secret 'rstreams-Broken'", "Fix the JSON stored in the secret 'rstreams-Broken'"));
	}

	@Test
	void secretMissingARequiredKey() {
		AwsStubs.secret(aws, "rstreams-Partial",
				"{\"Region\":\"us-east-1\",\"LeoStream\":\"S\",\"LeoCron\":\"C\",\"LeoEvent\":\"E\","
						+ "\"LeoS3\":\"b\",\"LeoFirehoseStream\":\"F\"}");
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.secret-name=rstreams-Partial")
			.run(failsWith("is missing LeoKinesisStream", "rstreams-Partial"));
	}

	@Test
	void accessDenied() {
		AwsStubs.secretError(aws, "rstreams-Locked", "AccessDeniedException",
				"User: arn:aws:iam::000000000000:user/app is not authorized to perform: secretsmanager:GetSecretValue");
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.secret-name=rstreams-Locked")
			.run(failsWith("Access denied reading the secret 'rstreams-Locked' in region us-east-1",
					"secretsmanager:GetSecretValue"));
	}

	@Test
	void regionMissing() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(RStreamsLocalBusAutoConfiguration.class, RStreamsAutoConfiguration.class))
			.withSystemProperties("aws.region=")
			.withPropertyValues("spring.cloud.stream.rstreams.bus.leo-stream=S",
					"spring.cloud.stream.rstreams.bus.leo-cron=C", "spring.cloud.stream.rstreams.bus.leo-event=E",
					"spring.cloud.stream.rstreams.bus.leo-s3=b",
					"spring.cloud.stream.rstreams.bus.leo-kinesis-stream=K",
					"spring.cloud.stream.rstreams.bus.leo-firehose-stream=F")
			.run(context -> {
				if (System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null) {
					failsWith("is missing Region", "spring.cloud.stream.rstreams.bus.region").accept(context);
				}
			});
	}

	@Test
	void aTableNamedInTheConfigurationThatDoesNotExist() {
		try (LocalBus bus = LocalBus.start()) {
			BusConfig real = bus.config();
			BusConfig wrong = new BusConfig(real.region(), real.leoStream(), "Bus-LeoCron-typo", real.leoEvent(),
					real.leoSettings(), real.leoSystem(), real.leoS3(), real.leoKinesisStream(),
					real.leoFirehoseStream());
			assertThatThrownBy(() -> new BusVerifier(bus.dynamo(), null, bus.s3(), Duration.ofSeconds(5)).verify(wrong,
					"secret 'rstreams-X'"))
				.isInstanceOf(MissingBusResourceException.class)
				.hasMessageContaining("The DynamoDB table 'Bus-LeoCron-typo' does not exist in region us-east-1")
				.hasMessageContaining("LeoCron from secret 'rstreams-X'");
			BusConfig noBucket = new BusConfig(real.region(), real.leoStream(), real.leoCron(), real.leoEvent(),
					real.leoSettings(), real.leoSystem(), "no-such-bucket", real.leoKinesisStream(),
					real.leoFirehoseStream());
			assertThatThrownBy(() -> new BusVerifier(bus.dynamo(), null, bus.s3(), Duration.ofSeconds(5))
				.verify(noBucket, "properties")).isInstanceOf(MissingBusResourceException.class)
				.hasMessageContaining("S3 bucket 'no-such-bucket'");
		}
	}

}
