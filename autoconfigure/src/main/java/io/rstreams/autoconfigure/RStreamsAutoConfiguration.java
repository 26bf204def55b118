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

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.RStreamsBusConnectionFactory;
import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Connects the RStreams binder to the configured bus: resolves the bus once at start-up
 * ({@link BusConfigResolver}), builds the AWS clients (held in
 * {@link RStreamsAwsClients}, not as beans of the SDK's types, so that they never mix
 * with the application's own; tuned by {@link RStreamsClientCustomizer}s), and exposes
 * the {@link RStreamsBusConnection} the binder uses. Without a configured bus,
 * {@link RStreamsLocalBusAutoConfiguration} starts the embedded local bus if it is on the
 * class path; otherwise start-up fails with the ways to configure one.
 */
@AutoConfiguration
@ConditionalOnClass(RStreamsMessageChannelBinder.class)
@EnableConfigurationProperties(RStreamsBusProperties.class)
@Import(AwsConnectionDetailsConfiguration.class)
public class RStreamsAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@Conditional(BusConfiguredCondition.class)
	static class ConfiguredBus {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		AwsClientFactory rstreamsAwsClientFactory(RStreamsBusProperties properties,
				ObjectProvider<AwsCredentialsProvider> credentials,
				ObjectProvider<RStreamsClientCustomizer> customizers, ObjectProvider<AwsConnectionDefaults> defaults) {
			return new AwsClientFactory(properties.getEndpoints(), properties.getCallTimeout(),
					credentials.getIfAvailable(), customizers.orderedStream().toList(),
					defaults.getIfAvailable(() -> AwsConnectionDefaults.NONE));
		}

		@Bean
		@ConditionalOnMissingBean
		ResolvedBus rstreamsResolvedBus(RStreamsBusProperties properties, Environment environment,
				AwsClientFactory clients) {
			return BusConnector.resolve(properties, environment, clients);
		}

		/**
		 * Only an application processed by Spring AOT gets here with no bus configured:
		 * its conditions were evaluated at build time, with a bus configured.
		 */
		static RStreamsConfigurationException configuredAtBuildTimeOnly() {
			return new RStreamsConfigurationException(
					"No RStreams bus is configured, but this application was processed by Spring AOT with one "
							+ "configured: Spring AOT fixes at build time which beans exist, so the embedded local "
							+ "bus cannot take over.",
					"Configure the bus the application was built with (spring.cloud.stream.rstreams.bus.*, "
							+ "RSTREAMS_CONFIG), or start it without -Dspring.aot.enabled=true.",
					BusConfigResolver.WAYS, null);
		}

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		RStreamsAwsClients rstreamsAwsClients(ResolvedBus bus, AwsClientFactory clients) {
			return BusConnector.awsClients(bus, clients);
		}

		@Bean
		@ConditionalOnMissingBean
		RStreamsBusConnection rstreamsBusConnection(ResolvedBus bus, RStreamsBusProperties properties,
				RStreamsAwsClients clients) {
			return BusConnector.connection(bus, properties, clients);
		}

	}

	/**
	 * The bus of a binder declared with an environment of its own (a second bus), for the
	 * binder's context to connect to.
	 */
	@Bean
	@ConditionalOnMissingBean
	RStreamsBusConnectionFactory rstreamsBusConnectionFactory(Environment environment,
			ObjectProvider<RStreamsBusConnection> connection, ObjectProvider<AwsCredentialsProvider> credentials,
			ObjectProvider<RStreamsClientCustomizer> customizers, ObjectProvider<AwsConnectionDefaults> defaults) {
		return new BinderBusConnections(environment, connection::getObject, credentials::getIfAvailable,
				() -> customizers.orderedStream().toList(),
				() -> defaults.getIfAvailable(() -> AwsConnectionDefaults.NONE));
	}

	/** The resolved bus in {@code /actuator/info}. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
	static class Info {

		@Bean
		@ConditionalOnMissingBean
		RStreamsInfoContributor rstreamsInfoContributor(ObjectProvider<ResolvedBus> bus) {
			return new RStreamsInfoContributor(bus);
		}

	}

	/** {@code /actuator/rstreams}. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
			"org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint" })
	static class Endpoint {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint
		RStreamsEndpoint rstreamsEndpoint(BinderFactory binders, ObjectProvider<ResolvedBus> bus,
				ObjectProvider<BindingServiceProperties> bindingService) {
			return new RStreamsEndpoint(binders, bus.getIfAvailable(), bindingService.getIfAvailable());
		}

	}

	/**
	 * No bus configured and no local bus on the class path: fail at start-up and say how
	 * to configure one.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(BusConfiguredCondition.None.class)
	@ConditionalOnMissingClass("io.rstreams.localbus.LocalBus")
	static class NoBus {

		@Bean
		@ConditionalOnMissingBean
		RStreamsBusConnection rstreamsBusConnection() {
			throw new RStreamsConfigurationException(
					"No RStreams bus is configured, and the embedded local bus "
							+ "(rstreams-local-bus) is not on the class path.",
					"Configure the bus in one of these ways (first found wins):\n"
							+ "  1. spring.cloud.stream.rstreams.bus.leo-stream, .leo-cron, .leo-event, .leo-s3, "
							+ ".leo-kinesis-stream, .leo-firehose-stream and .region\n"
							+ "  2. the environment variable RSTREAMS_CONFIG (the bus configuration JSON)\n"
							+ "  3. spring.cloud.stream.rstreams.bus.secret-name (or RSTREAMS_CONFIG_SECRET / "
							+ "LEO_CONFIG_SECRET): the Secrets Manager secret rstreams-<bus stack>\n"
							+ "  4. spring.cloud.stream.rstreams.bus.name: the bus name (e.g. PlaygroundBus), found "
							+ "through its SSM parameter\n"
							+ "or add io.rstreams:rstreams-local-bus to run on an embedded bus.",
					BusConfigResolver.WAYS, null);
		}

	}

}
