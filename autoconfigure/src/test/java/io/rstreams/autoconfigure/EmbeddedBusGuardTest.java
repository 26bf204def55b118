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

import java.util.List;
import java.util.Map;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With no bus configured on a cloud platform, the embedded bus starts only when asked for
 * explicitly; the variables are the test's, never the host's.
 */
class EmbeddedBusGuardTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(RStreamsLocalBusAutoConfiguration.class, RStreamsAutoConfiguration.class))
		.withInitializer(HostVariables.none());

	private static ApplicationContextRunner on(ApplicationContextRunner runner, Map<String, String> variables) {
		return runner.withInitializer(HostVariables.only(variables));
	}

	@Test
	void onAnAwsRuntimeStartUpFailsSayingWhyAndHowToOptIn() {
		on(runner, Map.of("AWS_EXECUTION_ENV", "AWS_ECS_FARGATE")).run(context -> {
			FailureAnalysis analysis = analysis(context);
			assertThat(analysis.getDescription()).contains("AWS_EXECUTION_ENV")
				.contains("embedded local bus")
				.contains("in memory");
			assertThat(analysis.getAction()).contains("spring.cloud.stream.rstreams.bus.local.enabled=true")
				.contains("RSTREAMS_CONFIG")
				.contains("@AutoConfigureRStreamsTestBus");
		});
	}

	@Test
	void onKubernetesAsSpringBootDetectsItToo() {
		on(runner, Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1", "KUBERNETES_SERVICE_PORT", "443"))
			.run(context -> assertThat(analysis(context).getDescription()).contains("kubernetes"));
	}

	@Test
	void optedInExplicitlyItStartsThereAndSaysItIsEmbedded() {
		on(runner, Map.of("AWS_EXECUTION_ENV", "AWS_ECS_FARGATE"))
			.withPropertyValues("spring.cloud.stream.rstreams.bus.local.enabled=true")
			.run(context -> {
				assertThat(context).hasNotFailed().hasSingleBean(LocalBus.class);
				assertThat(context.getBean(RStreamsBusConnection.class).embedded()).isTrue();
				Info.Builder info = new Info.Builder();
				context.getBean(RStreamsInfoContributor.class).contribute(info);
				assertThat(info.build().getDetails().toString()).contains("embedded=true")
					.contains("Embedded local bus: in memory");
			});
	}

	@Test
	void offAnyCloudPlatformItStartsAsBefore() {
		runner.run(context -> assertThat(context).hasNotFailed().hasSingleBean(LocalBus.class));
	}

	@Test
	void turnedOffItDoesNotStartAnywhere() {
		on(runner, Map.of("AWS_EXECUTION_ENV", "AWS_Lambda_java17"))
			.withPropertyValues("spring.cloud.stream.rstreams.bus.local.enabled=false")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LocalBus.class));
	}

	@Test
	void aTestThatForcesTheEmbeddedBusWinsOverThePlatformAndEveryConfiguredBus() {
		on(runner,
				Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1", "KUBERNETES_SERVICE_PORT", "443", "RSTREAMS_CONFIG",
						"{\"LeoStream\":\"S\"}", "RSTREAMS_CONFIG_SECRET", "rstreams-Real"))
			.withPropertyValues("spring.cloud.stream.rstreams.bus.local.force=true",
					"spring.cloud.stream.rstreams.bus.local.enabled=false",
					"spring.cloud.stream.rstreams.bus.name=PlaygroundBus",
					"spring.cloud.stream.rstreams.bus.leo-stream=Real-LeoStream")
			.run(context -> {
				assertThat(context).hasNotFailed().hasSingleBean(LocalBus.class);
				assertThat(context.getBean(ResolvedBus.class).local()).isTrue();
				assertThat(context.getBean(RStreamsBusConnection.class).bus())
					.isEqualTo(context.getBean(LocalBus.class).config());
			});
	}

	/**
	 * Spring AOT evaluates the conditions at build time: an application processed with no
	 * bus configured has the embedded bus's beans even where one is configured when it
	 * runs. The bean that starts it checks again and refuses.
	 */
	@Test
	void anApplicationProcessedByAotWithNoBusRefusesTheEmbeddedBusWhenOneIsConfiguredAtRuntime() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("RSTREAMS_CONFIG", BusResolutionTest.SECRET_JSON)));
		assertThatThrownBy(() -> EmbeddedBusGuard.check(environment)).isInstanceOf(RStreamsConfigurationException.class)
			.hasMessageContaining("processed by Spring AOT with none configured")
			.satisfies(e -> assertThat(new RStreamsConfigurationFailureAnalyzer().analyze(e).getAction())
				.contains("process-aot"));
		// a test that forces the embedded bus is not refused
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of(EmbeddedBusGuard.FORCE, "true")));
		assertThatCode(() -> EmbeddedBusGuard.check(environment)).doesNotThrowAnyException();
	}

	/** The other way round: processed with a bus configured, run with none. */
	@Test
	void anApplicationProcessedByAotWithABusSaysSoWhenNoneIsConfiguredAtRuntime() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of()));
		RStreamsBusProperties properties = new RStreamsBusProperties();
		try (AwsClientFactory clients = new AwsClientFactory(properties.getEndpoints(), properties.getCallTimeout(),
				null, List.of(), AwsConnectionDefaults.NONE)) {
			assertThatThrownBy(() -> new RStreamsAutoConfiguration.ConfiguredBus().rstreamsResolvedBus(properties,
					environment, clients))
				.isInstanceOf(RStreamsConfigurationException.class)
				.hasMessageContaining("processed by Spring AOT with one configured");
		}
	}

	private static FailureAnalysis analysis(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new RStreamsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).as("analysed by the RStreams failure analyzer").isNotNull();
		return analysis;
	}

}
