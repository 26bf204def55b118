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

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bus name resolved through a real SSM parameter and Secrets Manager secret in
 * LocalStack. Runs where Docker is available; skipped (not failed) elsewhere. The image
 * can be changed with {@code -Dlocalstack.image=...}; an auth token for newer images is
 * passed from {@code LOCALSTACK_AUTH_TOKEN}.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackResolutionTest {

	@Container
	static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
			DockerImageName.parse(System.getProperty("localstack.image", "localstack/localstack:4.14.0")))
		.withServices("secretsmanager", "ssm")
		.withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv().getOrDefault("LOCALSTACK_AUTH_TOKEN", ""));

	@Test
	void theBusNameLeadsToTheSecretThroughTheParameter() {
		AwsCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()));
		Region region = Region.of(LOCALSTACK.getRegion());
		try (SsmClient ssm = SsmClient.builder()
			.endpointOverride(LOCALSTACK.getEndpoint())
			.region(region)
			.credentialsProvider(credentials)
			.build();
				SecretsManagerClient secrets = SecretsManagerClient.builder()
					.endpointOverride(LOCALSTACK.getEndpoint())
					.region(region)
					.credentialsProvider(credentials)
					.build()) {
			ssm.putParameter(b -> b.name("StackBus").value("StackBus-Bus-ABC123").type(ParameterType.STRING));
			secrets
				.createSecret(b -> b.name("rstreams-StackBus-Bus-ABC123").secretString(BusResolutionTest.SECRET_JSON));
		}
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(RStreamsLocalBusAutoConfiguration.class, RStreamsAutoConfiguration.class))
			.withBean(AwsCredentialsProvider.class, () -> credentials)
			.withPropertyValues("spring.cloud.stream.rstreams.bus.name=StackBus",
					"spring.cloud.stream.rstreams.bus.region=" + LOCALSTACK.getRegion(),
					"spring.cloud.stream.rstreams.bus.verify=false",
					"spring.cloud.stream.rstreams.bus.endpoints.ssm=" + LOCALSTACK.getEndpoint(),
					"spring.cloud.stream.rstreams.bus.endpoints.secretsmanager=" + LOCALSTACK.getEndpoint())
			.run(context -> {
				ResolvedBus bus = context.getBean(ResolvedBus.class);
				assertThat(bus.config().leoStream()).isEqualTo("Bus-LeoStream-1");
				assertThat(bus.origin()).contains("rstreams-StackBus-Bus-ABC123");
			});
	}

}
