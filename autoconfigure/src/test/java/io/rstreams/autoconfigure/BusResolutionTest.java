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

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every branch of the bus resolution order, with Secrets Manager and SSM answered over
 * HTTP by WireMock and the real AWS SDK clients. Environment variables are simulated with
 * a property source of the same names (the resolver reads them through Spring's
 * Environment).
 */
class BusResolutionTest {

	@RegisterExtension
	static WireMockExtension aws = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String SECRET_JSON = "{\"Region\":\"us-east-1\",\"LeoStream\":\"Bus-LeoStream-1\",\"LeoCron\":\"Bus-LeoCron-1\","
			+ "\"LeoEvent\":\"Bus-LeoEvent-1\",\"LeoSettings\":\"Bus-LeoSettings-1\",\"LeoSystem\":\"Bus-LeoSystem-1\","
			+ "\"LeoS3\":\"bus-leos3-1\",\"LeoKinesisStream\":\"Bus-LeoKinesisStream-1\",\"LeoFirehoseStream\":\"Bus-LeoFirehoseStream-1\"}";

	ApplicationContextRunner runner;

	@BeforeEach
	void setUp() {
		runner = AwsStubs.runner(aws).withPropertyValues("spring.cloud.stream.rstreams.bus.verify=false");
	}

	static ApplicationContextInitializer<ConfigurableApplicationContext> env(Map<String, Object> variables) {
		return context -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("env", variables));
	}

	@Test
	void propertiesComeFirst() {
		AwsStubs.secret(aws, "rstreams-X", SECRET_JSON);
		runner
			.withPropertyValues("spring.cloud.stream.rstreams.bus.leo-stream=P-Stream",
					"spring.cloud.stream.rstreams.bus.leo-cron=P-Cron",
					"spring.cloud.stream.rstreams.bus.leo-event=P-Event",
					"spring.cloud.stream.rstreams.bus.leo-s3=p-bucket",
					"spring.cloud.stream.rstreams.bus.leo-kinesis-stream=P-Kinesis",
					"spring.cloud.stream.rstreams.bus.leo-firehose-stream=P-Firehose",
					"spring.cloud.stream.rstreams.bus.secret-name=rstreams-X")
			.withInitializer(env(Map.of("RSTREAMS_CONFIG", SECRET_JSON)))
			.run(context -> {
				assertThat(context).hasNotFailed();
				ResolvedBus bus = context.getBean(ResolvedBus.class);
				assertThat(bus.config().leoStream()).isEqualTo("P-Stream");
				assertThat(bus.origin()).contains("properties");
				assertThat(context).doesNotHaveBean(LocalBus.class);
				assertThat(context.getBean(RStreamsBusConnection.class).bus().leoKinesisStream())
					.isEqualTo("P-Kinesis");
			});
	}

	@Test
	void thenRstreamsConfigInEitherShape() {
		runner.withInitializer(env(Map.of("RSTREAMS_CONFIG", SECRET_JSON, "RSTREAMS_CONFIG_SECRET", "rstreams-X")))
			.run(context -> {
				ResolvedBus bus = context.getBean(ResolvedBus.class);
				assertThat(bus.config().leoCron()).isEqualTo("Bus-LeoCron-1");
				assertThat(bus.origin()).isEqualTo("environment variable RSTREAMS_CONFIG");
			});
		String verbose = "{\"region\":\"us-east-1\",\"kinesis\":\"K\",\"s3\":\"s\",\"firehose\":\"F\",\"resources\":"
				+ "{\"LeoStream\":\"S\",\"LeoCron\":\"C\",\"LeoEvent\":\"E\"}}";
		runner.withInitializer(env(Map.of("RSTREAMS_CONFIG", verbose))).run(context -> {
			ResolvedBus bus = context.getBean(ResolvedBus.class);
			assertThat(bus.config().leoKinesisStream()).isEqualTo("K");
			assertThat(bus.config().leoCron()).isEqualTo("C");
		});
	}

	@Test
	void thenPerKeyVariables() {
		runner
			.withInitializer(env(Map.of("RSTREAMS_CONFIG_LeoStream", "S", "RSTREAMS_CONFIG_LEOCRON", "C",
					"RSTREAMS_CONFIG_leoevent", "E", "RSTREAMS_CONFIG_LeoS3", "b", "RSTREAMS_CONFIG_LeoKinesisStream",
					"K", "RSTREAMS_CONFIG_LeoFirehoseStream", "F")))
			.run(context -> {
				ResolvedBus bus = context.getBean(ResolvedBus.class);
				assertThat(bus.config().leoStream()).isEqualTo("S");
				assertThat(bus.config().leoCron()).isEqualTo("C");
				assertThat(bus.config().leoEvent()).isEqualTo("E");
				assertThat(bus.config().region()).isEqualTo("us-east-1");
			});
	}

	@Test
	void thenTheSecretNamedByPropertyOrEnvironment() {
		AwsStubs.secret(aws, "rstreams-Prop", SECRET_JSON);
		AwsStubs.secret(aws, "rstreams-Leo", SECRET_JSON.replace("Bus-LeoCron-1", "Leo-Cron"));
		AwsStubs.secret(aws, "rstreams-Env", SECRET_JSON.replace("Bus-LeoCron-1", "Env-Cron"));
		runner
			.withPropertyValues("spring.cloud.stream.rstreams.bus.secret-name=rstreams-Prop",
					"spring.cloud.stream.rstreams.bus.name=Ignored")
			.withInitializer(env(Map.of("RSTREAMS_CONFIG_SECRET", "rstreams-Env")))
			.run(context -> {
				ResolvedBus bus = context.getBean(ResolvedBus.class);
				assertThat(bus.config().leoCron()).isEqualTo("Bus-LeoCron-1");
				assertThat(bus.origin())
					.isEqualTo("secret 'rstreams-Prop' (from spring.cloud.stream.rstreams.bus.secret-name)");
			});
		runner
			.withInitializer(env(Map.of("RSTREAMS_CONFIG_SECRET", "rstreams-Env", "LEO_CONFIG_SECRET", "rstreams-Leo")))
			.run(context -> assertThat(context.getBean(ResolvedBus.class).config().leoCron()).isEqualTo("Leo-Cron"));
		runner.withInitializer(env(Map.of("RSTREAMS_CONFIG_SECRET", "rstreams-Env")))
			.run(context -> assertThat(context.getBean(ResolvedBus.class).config().leoCron()).isEqualTo("Env-Cron"));
	}

	@Test
	void thenTheBusNameThroughItsSsmParameter() {
		AwsStubs.parameter(aws, "PlaygroundBus", "PlaygroundBus-Bus-1ABC2DEF");
		AwsStubs.secret(aws, "rstreams-PlaygroundBus-Bus-1ABC2DEF", SECRET_JSON);
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.name=PlaygroundBus").run(context -> {
			ResolvedBus bus = context.getBean(ResolvedBus.class);
			assertThat(bus.config().leoStream()).isEqualTo("Bus-LeoStream-1");
			assertThat(bus.origin()).contains("rstreams-PlaygroundBus-Bus-1ABC2DEF").contains("PlaygroundBus");
		});
	}

	@Test
	void theResolvedBusIsShownInActuatorInfoWithoutSecretMaterial() {
		AwsStubs.secret(aws, "rstreams-Info", SECRET_JSON.replace("}", ",\"ApiToken\":\"s3cr3t\"}"));
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.secret-name=rstreams-Info").run(context -> {
			org.springframework.boot.actuate.info.Info.Builder info = new org.springframework.boot.actuate.info.Info.Builder();
			context.getBean(RStreamsInfoContributor.class).contribute(info);
			String shown = info.build().getDetails().toString();
			assertThat(shown).contains("rstreams-Info")
				.contains("Bus-LeoStream-1")
				.contains("us-east-1")
				.doesNotContain("s3cr3t");
		});
	}

	@Test
	void theApplicationsOwnDynamoDbClientAndTheBusesCoexistWithoutMixing() {
		java.util.List<String> customized = new java.util.concurrent.CopyOnWriteArrayList<>();
		software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient own = software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient
			.builder()
			.region(software.amazon.awssdk.regions.Region.EU_WEST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
			.build();
		try {
			runner.withInitializer(env(Map.of("RSTREAMS_CONFIG", SECRET_JSON)))
				.withBean(software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient.class, () -> own)
				.withBean(RStreamsClientCustomizer.class, () -> new RStreamsClientCustomizer() {
					@Override
					public void customize(software.amazon.awssdk.services.kinesis.KinesisAsyncClientBuilder builder) {
						customized.add("kinesis");
					}

					@Override
					public void customize(software.amazon.awssdk.services.s3.S3AsyncClientBuilder builder) {
						customized.add("s3");
					}
				})
				.run(context -> {
					// the application's own client, for its own tables, is the only bean
					// of its type
					assertThat(context.getBean(software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient.class))
						.isSameAs(own);
					software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient busDynamo = context
						.getBean(RStreamsBusConnection.class)
						.dynamo();
					assertThat(busDynamo).isNotSameAs(own).isSameAs(context.getBean(RStreamsAwsClients.class).dynamo());
					assertThat(busDynamo.serviceClientConfiguration().region().id()).isEqualTo("us-east-1");
					assertThat(customized).contains("kinesis", "s3");
				});
		}
		finally {
			own.close();
		}
	}

	@Test
	void theBusesClientsAreNoBeansOfTheSdksTypes() {
		runner.withInitializer(env(Map.of("RSTREAMS_CONFIG", SECRET_JSON))).run(context -> {
			assertThat(context).hasNotFailed().hasSingleBean(RStreamsAwsClients.class);
			assertThat(context).doesNotHaveBean(software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient.class)
				.doesNotHaveBean(software.amazon.awssdk.services.s3.S3AsyncClient.class)
				.doesNotHaveBean(software.amazon.awssdk.services.kinesis.KinesisAsyncClient.class)
				.doesNotHaveBean(software.amazon.awssdk.services.firehose.FirehoseAsyncClient.class);
		});
		runner.run(context -> assertThat(context).hasSingleBean(LocalBus.class)
			.doesNotHaveBean(software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient.class)
			.doesNotHaveBean(software.amazon.awssdk.services.s3.S3AsyncClient.class));
	}

	@Test
	void usersGiveTheBusClientsOfTheirOwnAsOneHolder() {
		RStreamsAwsClients[] built = new RStreamsAwsClients[1];
		runner.withInitializer(env(Map.of("RSTREAMS_CONFIG", SECRET_JSON)))
			.withBean(RStreamsAwsClients.class,
					() -> built[0] = new RStreamsAwsClients(
							software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient.builder()
								.region(software.amazon.awssdk.regions.Region.US_EAST_1)
								.credentialsProvider(
										StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
								.build(),
							software.amazon.awssdk.services.kinesis.KinesisAsyncClient.builder()
								.region(software.amazon.awssdk.regions.Region.US_EAST_1)
								.credentialsProvider(
										StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
								.build(),
							software.amazon.awssdk.services.s3.S3AsyncClient.builder()
								.region(software.amazon.awssdk.regions.Region.US_EAST_1)
								.credentialsProvider(
										StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
								.build(),
							null))
			.run(context -> assertThat(context.getBean(RStreamsBusConnection.class).dynamo())
				.isSameAs(built[0].dynamo()));
	}

	@Test
	void theBusNameFallsBackToTheSecretNamedAfterTheBus() {
		AwsStubs.parameter(aws, "TestBus", "TestBus-Bus-XYZ");
		AwsStubs.secret(aws, "rstreams-TestBus", SECRET_JSON);
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.name=TestBus")
			.run(context -> assertThat(context.getBean(ResolvedBus.class).origin()).contains("rstreams-TestBus"));
	}

	@Test
	void nothingConfiguredStartsTheLocalBus() {
		runner.run(context -> {
			assertThat(context).hasNotFailed();
			ResolvedBus bus = context.getBean(ResolvedBus.class);
			assertThat(bus.local()).isTrue();
			assertThat(context).hasSingleBean(LocalBus.class);
			assertThat(context.getBean(RStreamsBusConnection.class).bus())
				.isEqualTo(context.getBean(LocalBus.class).config());
		});
	}

	@Test
	void theLocalBusCanBeTurnedOff() {
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.local.enabled=false").run(context -> {
			assertThat(context).doesNotHaveBean(LocalBus.class);
			assertThat(context).doesNotHaveBean(RStreamsBusConnection.class);
		});
	}

	@Test
	void nothingConfiguredAndNoLocalBusFailsSayingHowToConfigureOne() {
		runner.withClassLoader(new FilteredClassLoader(LocalBus.class)).run(context -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			assertThat(failure).hasRootCauseInstanceOf(RStreamsConfigurationException.class);
			RStreamsConfigurationException ex = (RStreamsConfigurationException) rootCause(failure);
			assertThat(ex.getMessage()).contains("No RStreams bus is configured");
			assertThat(ex.action()).contains("spring.cloud.stream.rstreams.bus.name")
				.contains("RSTREAMS_CONFIG")
				.contains("secret-name")
				.contains("rstreams-local-bus");
		});
	}

	static Throwable rootCause(Throwable t) {
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

}
