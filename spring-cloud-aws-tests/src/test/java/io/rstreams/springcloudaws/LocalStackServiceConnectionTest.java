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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @ServiceConnection LocalStackContainer} is all a test needs: the bus's clients
 * call LocalStack with its region and credentials, with no RStreams endpoint, region or
 * credentials property. (Resolving a bus by name through LocalStack's SSM and Secrets
 * Manager is {@code LocalStackResolutionTest}'s.) Runs where Docker is available; skipped
 * (not failed) elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = LocalStackServiceConnectionTest.App.class,
		properties = { "spring.cloud.stream.rstreams.bus.leo-stream=Bus-LeoStream-1",
				"spring.cloud.stream.rstreams.bus.leo-cron=Bus-LeoCron-1",
				"spring.cloud.stream.rstreams.bus.leo-event=Bus-LeoEvent-1",
				"spring.cloud.stream.rstreams.bus.leo-s3=bus-leos3-1",
				"spring.cloud.stream.rstreams.bus.leo-kinesis-stream=Bus-LeoKinesisStream-1",
				"spring.cloud.stream.rstreams.bus.leo-firehose-stream=Bus-LeoFirehoseStream-1",
				"spring.cloud.stream.rstreams.bus.verify=false" })
class LocalStackServiceConnectionTest {

	@Container
	@ServiceConnection
	static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
			DockerImageName.parse(System.getProperty("localstack.image", "localstack/localstack:4.14.0")))
		.withServices("dynamodb")
		.withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv().getOrDefault("LOCALSTACK_AUTH_TOKEN", ""));

	@Autowired
	ResolvedBus bus;

	@Autowired
	RStreamsAwsClients clients;

	@Test
	void theBusClientsCallLocalStack() {
		assertThat(bus.config().region()).isEqualTo(LOCALSTACK.getRegion());
		assertThat(clients.dynamo().serviceClientConfiguration().endpointOverride()).contains(LOCALSTACK.getEndpoint());
		// answered only with LocalStack's endpoint and accepted credentials
		assertThat(clients.dynamo().listTables().join().tableNames()).isNotNull();
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ RStreamsLocalBusAutoConfiguration.class, RStreamsAutoConfiguration.class })
	static class App {

	}

}
