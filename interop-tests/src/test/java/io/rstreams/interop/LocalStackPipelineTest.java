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
package io.rstreams.interop;

import java.net.URI;
import java.time.Duration;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.S3ObjectStore;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReaderSettings;
import io.rstreams.interop.support.JavaBots;
import io.rstreams.interop.support.SampleRun;
import io.rstreams.localbus.BusInfrastructure;
import io.rstreams.localbus.kinesis.KinesisFeed;
import io.rstreams.localbus.kinesis.KinesisPollerSettings;
import io.rstreams.localbus.processor.BusProcessor;
import io.rstreams.localbus.processor.ProcessorSettings;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline sample on LocalStack: the bus's tables, stream and bucket are created in
 * LocalStack (as the bus's stack would create them on AWS), the bus processor polls
 * LocalStack's Kinesis, and the sample, unchanged, is pointed at LocalStack's endpoints.
 * Skipped without a Docker engine. The image is {@code localstack/localstack:4.14.0} (the
 * last release that starts without an auth token), or
 * {@code -Drstreams.localstack.image=...}; a {@code LOCALSTACK_AUTH_TOKEN} in the
 * environment is passed on.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackPipelineTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Container
	static final LocalStackContainer LOCALSTACK = localstack();

	private static LocalStackContainer localstack() {
		LocalStackContainer container = new LocalStackContainer(
				DockerImageName.parse(System.getProperty("rstreams.localstack.image", "localstack/localstack:4.14.0"))
					.asCompatibleSubstituteFor("localstack/localstack"))
			.withServices("dynamodb", "kinesis", "s3");
		String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
		return token == null || token.isBlank() ? container : container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
	}

	@Test
	void theSamplePipelineRunsOnLocalStack() {
		URI endpoint = LOCALSTACK.getEndpoint();
		String region = LOCALSTACK.getRegion();
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()));
		BusConfig bus = new BusConfig(region, "LsBus-LeoStream", "LsBus-LeoCron", "LsBus-LeoEvent", "LsBus-LeoSettings",
				"LsBus-LeoSystem", "lsbus-leos3", "LsBus-LeoKinesisStream", "LsBus-LeoFirehoseStream");
		try (DynamoDbAsyncClient dynamo = DynamoDbAsyncClient.builder()
			.endpointOverride(endpoint)
			.region(Region.of(region))
			.credentialsProvider(credentials)
			.build();
				S3AsyncClient s3 = S3AsyncClient.builder()
					.endpointOverride(endpoint)
					.region(Region.of(region))
					.credentialsProvider(credentials)
					.forcePathStyle(true)
					.build();
				KinesisAsyncClient kinesis = KinesisFeed.client(endpoint, region, credentials)) {
			new BusInfrastructure(dynamo, s3, TIMEOUT).create(bus);
			S3ObjectStore objects = new S3ObjectStore(s3, TIMEOUT);
			BusProcessor processor = new BusProcessor(dynamo, objects, bus, ProcessorSettings.defaults());
			try (KinesisFeed feed = KinesisFeed.start(kinesis, bus.leoKinesisStream(), processor,
					KinesisPollerSettings.defaults());
					ConfigurableApplicationContext app = SampleRun.run(JavaBots.busProperties(bus, endpoint, endpoint),
							LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())) {
				SampleRun.assertPipelineDone(app, new QueueReader(dynamo, objects, bus, ReaderSettings.defaults()),
						new Checkpointer(dynamo, bus, TIMEOUT));
				assertThat(feed.poller().stats().records()).isPositive();
			}
		}
	}

}
