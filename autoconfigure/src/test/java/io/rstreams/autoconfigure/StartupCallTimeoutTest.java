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

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.client.MissingBusResourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An endpoint that accepts connections and never answers fails start-up within
 * call-timeout, naming the call, the endpoint and the property, instead of after the HTTP
 * client's own minutes of read timeouts and retries.
 */
class StartupCallTimeoutTest {

	/**
	 * Far above call-timeout (2 s) and far below the 124 s a hang took: only a hang can
	 * exceed it.
	 */
	static final Duration HANG = Duration.ofSeconds(20);

	final SilentServer silent = new SilentServer();

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(RStreamsLocalBusAutoConfiguration.class, RStreamsAutoConfiguration.class))
		.withBean(AwsCredentialsProvider.class,
				() -> StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
		.withPropertyValues("spring.cloud.stream.rstreams.bus.region=us-east-1",
				"spring.cloud.stream.rstreams.bus.call-timeout=2s");

	@AfterEach
	void tearDown() throws Exception {
		silent.close();
	}

	@Test
	void anSsmEndpointThatNeverAnswers() {
		long start = System.nanoTime();
		runner
			.withPropertyValues("spring.cloud.stream.rstreams.bus.endpoints.ssm=" + silent.endpoint(),
					"spring.cloud.stream.rstreams.bus.name=SilentBus")
			.run(context -> {
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HANG);
				assertTimedOut(context.getStartupFailure(), "SSM GetParameter", "'SilentBus'");
			});
	}

	@Test
	void aSecretsManagerEndpointThatNeverAnswers() {
		long start = System.nanoTime();
		runner
			.withPropertyValues("spring.cloud.stream.rstreams.bus.endpoints.secretsmanager=" + silent.endpoint(),
					"spring.cloud.stream.rstreams.bus.secret-name=rstreams-Silent")
			.run(context -> {
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HANG);
				assertTimedOut(context.getStartupFailure(), "Secrets Manager GetSecretValue", "'rstreams-Silent'");
			});
	}

	@Test
	void aDynamoDbEndpointThatNeverAnswersDuringVerification() {
		runner
			.withPropertyValues("spring.cloud.stream.rstreams.bus.endpoints.dynamodb=" + silent.endpoint(),
					"spring.cloud.stream.rstreams.bus.leo-stream=S", "spring.cloud.stream.rstreams.bus.leo-cron=C",
					"spring.cloud.stream.rstreams.bus.leo-event=E", "spring.cloud.stream.rstreams.bus.leo-s3=b",
					"spring.cloud.stream.rstreams.bus.leo-kinesis-stream=K",
					"spring.cloud.stream.rstreams.bus.leo-firehose-stream=F")
			.run(context -> {
				assertThat(context).hasNotFailed();
				Runnable verifier = context.getBean(RStreamsBusConnection.class).verifier();
				long start = System.nanoTime();
				assertThatThrownBy(verifier::run).isInstanceOf(MissingBusResourceException.class)
					.satisfies(ex -> assertTimedOut(ex, "DescribeTable", "'S'"));
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HANG);
			});
	}

	/**
	 * The failure, somewhere in its causes, says what timed out, against which endpoint,
	 * and what to raise.
	 */
	void assertTimedOut(Throwable failure, String operation, String resource) {
		assertThat(failure).isNotNull();
		Throwable t = failure;
		while (!(t instanceof RStreamsConfigurationException || t instanceof MissingBusResourceException)
				&& t.getCause() != null) {
			t = t.getCause();
		}
		assertThat(t.getMessage()).contains("timed out")
			.contains(operation)
			.contains(resource)
			.contains(silent.endpoint())
			.contains("us-east-1")
			.contains("spring.cloud.stream.rstreams.bus.call-timeout");
		if (t instanceof RStreamsConfigurationException config) {
			assertThat(config.action()).contains("spring.cloud.stream.rstreams.bus.call-timeout");
			assertThat(config.tried()).isNotEmpty();
		}
	}

}
