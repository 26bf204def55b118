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

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.awspring.cloud.autoconfigure.core.AwsConnectionDetails;
import io.rstreams.autoconfigure.RStreamsAutoConfiguration;
import io.rstreams.autoconfigure.RStreamsAwsClients;
import io.rstreams.autoconfigure.RStreamsClientCustomizer;
import io.rstreams.autoconfigure.RStreamsLocalBusAutoConfiguration;
import io.rstreams.autoconfigure.ResolvedBus;
import io.rstreams.client.BusConfig;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClientBuilder;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Cloud AWS's {@link AwsConnectionDetails} (what a
 * {@code @ServiceConnection LocalStackContainer} provides) fill in the endpoint, region
 * and credentials of the bus's clients where the RStreams properties leave them unset.
 * The bus is a local bus serving DynamoDB, S3 and Kinesis on one endpoint, as LocalStack
 * does; every request the bus's clients sign is recorded, so the tests see where it went,
 * with which access key and in which region.
 */
class AwsConnectionDetailsTest {

	static LocalBus bus;

	@BeforeAll
	static void startTheBus() {
		bus = LocalBus.start();
	}

	@AfterAll
	static void stopTheBus() {
		bus.close();
	}

	final Signed signed = new Signed();

	ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			// the host's own AWS variables must not decide what the test sees
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of())))
			.withConfiguration(
					AutoConfigurations.of(RStreamsLocalBusAutoConfiguration.class, RStreamsAutoConfiguration.class))
			.withBean(RStreamsClientCustomizer.class, () -> signed);
	}

	/** The bus's resource names as properties, and no region. */
	static String[] busNames() {
		BusConfig c = bus.config();
		return new String[] { "spring.cloud.stream.rstreams.bus.leo-stream=" + c.leoStream(),
				"spring.cloud.stream.rstreams.bus.leo-cron=" + c.leoCron(),
				"spring.cloud.stream.rstreams.bus.leo-event=" + c.leoEvent(),
				"spring.cloud.stream.rstreams.bus.leo-s3=" + c.leoS3(),
				"spring.cloud.stream.rstreams.bus.leo-kinesis-stream=" + c.leoKinesisStream(),
				"spring.cloud.stream.rstreams.bus.leo-firehose-stream=" + c.leoFirehoseStream() };
	}

	static AwsConnectionDetails details(URI endpoint, String region, String accessKey) {
		return new AwsConnectionDetails() {
			@Override
			public URI getEndpoint() {
				return endpoint;
			}

			@Override
			public String getRegion() {
				return region;
			}

			@Override
			public String getAccessKey() {
				return accessKey;
			}

			@Override
			public String getSecretKey() {
				return "details-secret";
			}
		};
	}

	@Test
	void theBusClientsGoWhereTheConnectionDetailsSay() {
		runner().withBean(AwsConnectionDetails.class, () -> details(bus.endpoint(), "eu-west-1", "details-key"))
			.withPropertyValues(busNames())
			.withPropertyValues("spring.cloud.stream.rstreams.bus.verify=false")
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(ResolvedBus.class).config().region()).isEqualTo("eu-west-1");
				RStreamsAwsClients clients = context.getBean(RStreamsAwsClients.class);
				BusConfig c = bus.config();
				// the bus's table, stream and bucket are reached through them
				clients.dynamo().describeTable(b -> b.tableName(c.leoCron())).join();
				clients.kinesis().describeStreamSummary(b -> b.streamName(c.leoKinesisStream())).join();
				clients.s3().headBucket(b -> b.bucket(c.leoS3())).join();
				assertThat(signed.services()).contains("dynamodb", "kinesis", "s3");
				assertThat(signed.requests).allSatisfy(r -> {
					assertThat(r.host()).isEqualTo(bus.endpoint().getAuthority());
					assertThat(r.authorization()).contains("Credential=details-key/").contains("/eu-west-1/");
				});
			});
	}

	@Test
	void theRStreamsPropertiesAndACredentialsBeanComeFirst() {
		URI nowhere = URI.create("http://127.0.0.1:9");
		runner().withBean(AwsConnectionDetails.class, () -> details(nowhere, "eu-west-1", "details-key"))
			.withBean(AwsCredentialsProvider.class,
					() -> StaticCredentialsProvider.create(AwsBasicCredentials.create("bean-key", "b")))
			.withPropertyValues(busNames())
			.withPropertyValues("spring.cloud.stream.rstreams.bus.verify=false",
					"spring.cloud.stream.rstreams.bus.region=us-east-1",
					"spring.cloud.stream.rstreams.bus.endpoints.dynamodb=" + bus.endpoint())
			.run(context -> {
				assertThat(context).hasNotFailed();
				RStreamsAwsClients clients = context.getBean(RStreamsAwsClients.class);
				clients.dynamo().describeTable(b -> b.tableName(bus.config().leoCron())).join();
				assertThat(signed.requests).singleElement().satisfies(r -> {
					assertThat(r.host()).isEqualTo(bus.endpoint().getAuthority());
					assertThat(r.authorization()).contains("Credential=bean-key/").contains("/us-east-1/dynamodb/");
				});
				// what the properties leave unset still comes from the details
				assertThat(clients.kinesis().serviceClientConfiguration().endpointOverride()).contains(nowhere);
				assertThat(clients.s3().serviceClientConfiguration().endpointOverride()).contains(nowhere);
			});
	}

	@Test
	void withoutConnectionDetailsNothingChanges() {
		runner().withPropertyValues(busNames())
			.withPropertyValues("spring.cloud.stream.rstreams.bus.verify=false",
					"spring.cloud.stream.rstreams.bus.region=us-east-1")
			.run(context -> {
				assertThat(context).hasNotFailed();
				RStreamsAwsClients clients = context.getBean(RStreamsAwsClients.class);
				assertThat(clients.dynamo().serviceClientConfiguration().endpointOverride()).isEmpty();
				assertThat(clients.kinesis().serviceClientConfiguration().endpointOverride()).isEmpty();
			});
	}

	@Test
	void anEmbeddedBusIsStillTheDefaultWhenNoBusIsConfigured() {
		runner().withBean(AwsConnectionDetails.class, () -> details(bus.endpoint(), "eu-west-1", "details-key"))
			.run(context -> assertThat(context).hasNotFailed().hasSingleBean(LocalBus.class));
	}

	/** A signed request: where it went and its Authorization header. */
	record Request(String host, String service, String authorization) {
	}

	/** Records every request the bus's DynamoDB, Kinesis and S3 clients sign. */
	static final class Signed implements RStreamsClientCustomizer {

		final List<Request> requests = new CopyOnWriteArrayList<>();

		List<String> services() {
			return requests.stream().map(Request::service).distinct().toList();
		}

		private ExecutionInterceptor recorder(String service) {
			return new ExecutionInterceptor() {
				@Override
				public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
					var http = context.httpRequest();
					String host = http.host() + (http.port() > 0 ? ":" + http.port() : "");
					requests.add(new Request(host, service, http.firstMatchingHeader("Authorization").orElse("")));
				}
			};
		}

		@Override
		public void customize(DynamoDbAsyncClientBuilder builder) {
			builder.overrideConfiguration(c -> c.addExecutionInterceptor(recorder("dynamodb")));
		}

		@Override
		public void customize(KinesisAsyncClientBuilder builder) {
			builder.overrideConfiguration(c -> c.addExecutionInterceptor(recorder("kinesis")));
		}

		@Override
		public void customize(S3AsyncClientBuilder builder) {
			builder.overrideConfiguration(c -> c.addExecutionInterceptor(recorder("s3")));
		}

	}

}
