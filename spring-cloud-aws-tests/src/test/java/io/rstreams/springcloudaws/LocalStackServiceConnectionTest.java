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
package io.rstreams.springcloudaws;

import io.rstreams.autoconfigure.RStreamsAutoConfiguration;
import io.rstreams.autoconfigure.RStreamsAwsClients;
import io.rstreams.autoconfigure.RStreamsLocalBusAutoConfiguration;
import io.rstreams.autoconfigure.ResolvedBus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @ServiceConnection LocalStackContainer} is all a test needs: the bus is
 * resolved by name through LocalStack's SSM and Secrets Manager, and the bus's clients
 * call LocalStack, with no RStreams endpoint, region or credentials property. Runs where
 * Docker is available; skipped (not failed) elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = LocalStackServiceConnectionTest.App.class, properties = {
		"spring.cloud.stream.rstreams.bus.name=ConnectedBus", "spring.cloud.stream.rstreams.bus.verify=false" })
class LocalStackServiceConnectionTest {

	@Container
	@ServiceConnection
	static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
			DockerImageName.parse(System.getProperty("localstack.image", "localstack/localstack:4.14.0")))
		.withServices("secretsmanager", "ssm", "dynamodb")
		.withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv().getOrDefault("LOCALSTACK_AUTH_TOKEN", ""));

	static final String SECRET_JSON = "{\"Region\":\"us-east-1\",\"LeoStream\":\"Bus-LeoStream-1\",\"LeoCron\":\"Bus-LeoCron-1\","
			+ "\"LeoEvent\":\"Bus-LeoEvent-1\",\"LeoS3\":\"bus-leos3-1\",\"LeoKinesisStream\":\"Bus-LeoKinesisStream-1\","
			+ "\"LeoFirehoseStream\":\"Bus-LeoFirehoseStream-1\"}";

	@Autowired
	ResolvedBus bus;

	@Autowired
	RStreamsAwsClients clients;

	@BeforeAll
	static void createTheBusesParameterAndSecret() {
		StaticCredentialsProvider credentials = StaticCredentialsProvider
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
			ssm.putParameter(b -> b.name("ConnectedBus").value("ConnectedBus-Bus-1").type(ParameterType.STRING));
			secrets.createSecret(b -> b.name("rstreams-ConnectedBus-Bus-1").secretString(SECRET_JSON));
		}
	}

	@Test
	void theBusComesFromLocalStackAndItsClientsCallIt() {
		assertThat(bus.origin()).contains("rstreams-ConnectedBus-Bus-1");
		assertThat(clients.dynamo().serviceClientConfiguration().endpointOverride()).contains(LOCALSTACK.getEndpoint());
		assertThat(clients.dynamo().listTables().join().tableNames()).isNotNull();
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ RStreamsLocalBusAutoConfiguration.class, RStreamsAutoConfiguration.class })
	static class App {

	}

}
