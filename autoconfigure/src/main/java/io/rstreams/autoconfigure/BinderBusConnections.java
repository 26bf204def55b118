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
import java.util.function.Supplier;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.RStreamsBusConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The bus of a binder declared with an environment of its own: resolved from that
 * environment the way the application's bus is (properties, {@code RSTREAMS_CONFIG},
 * secret, SSM parameter, or an embedded bus of its own when none is configured), with AWS
 * clients of its own, built with the application's credentials and customizers and closed
 * with the binder's context. A binder environment that sets no other
 * {@code spring.cloud.stream.rstreams.bus.*} than the application's shares the
 * application's connection.
 */
final class BinderBusConnections implements RStreamsBusConnectionFactory {

	private static final Logger log = LoggerFactory.getLogger(BinderBusConnections.class);

	private static final String LOCAL_BUS = "io.rstreams.localbus.LocalBus";

	private final Environment application;

	private final Supplier<RStreamsBusConnection> applicationConnection;

	private final Supplier<AwsCredentialsProvider> credentials;

	private final Supplier<List<RStreamsClientCustomizer>> customizers;

	private final Supplier<AwsConnectionDefaults> defaults;

	BinderBusConnections(Environment application, Supplier<RStreamsBusConnection> applicationConnection,
			Supplier<AwsCredentialsProvider> credentials, Supplier<List<RStreamsClientCustomizer>> customizers,
			Supplier<AwsConnectionDefaults> defaults) {
		this.application = application;
		this.applicationConnection = applicationConnection;
		this.credentials = credentials;
		this.customizers = customizers;
		this.defaults = defaults;
	}

	@Override
	public BinderBus connect(Environment binder) {
		if (busSettings(binder).equals(busSettings(application))) {
			return BinderBus.shared(applicationConnection.get());
		}
		RStreamsBusProperties properties = Binder.get(binder)
			.bind(BusConfigResolver.PREFIX, RStreamsBusProperties.class)
			.orElseGet(RStreamsBusProperties::new);
		if (EmbeddedBusCondition.matches(binder) && ClassUtils.isPresent(LOCAL_BUS, getClass().getClassLoader())) {
			return EmbeddedBinderBus.start(properties, binder);
		}
		if (!BusConfiguredCondition.isConfigured(binder)) {
			throw new RStreamsConfigurationException(
					"A binder's environment (spring.cloud.stream.binders.<name>.environment) sets "
							+ BusConfigResolver.PREFIX + ".* but configures no bus, and the embedded local bus is "
							+ "not available to it.",
					"Give the binder's environment the bus: " + BusConfigResolver.PREFIX + ".name, .secret-name, "
							+ "or .leo-stream, .leo-cron, ... and .region; or remove its " + BusConfigResolver.PREFIX
							+ ".* settings to use the application's bus.",
					List.of("binder environment"), null);
		}
		AwsClientFactory clients = new AwsClientFactory(properties.getEndpoints(), properties.getCallTimeout(),
				credentials.get(), customizers.get(), defaults.get());
		try {
			ResolvedBus bus = BusConnector.resolve(properties, binder, clients);
			RStreamsAwsClients aws = BusConnector.awsClients(bus, clients);
			RStreamsBusConnection connection = BusConnector.connection(bus, properties, aws);
			warnIfTheApplicationsBus(connection);
			return new BinderBus(connection, () -> {
				aws.close();
				clients.close();
			});
		}
		catch (RuntimeException ex) {
			clients.close();
			throw ex;
		}
	}

	/**
	 * A binder's bus name loses to an inherited {@code RSTREAMS_CONFIG} (the first way
	 * configured wins): the binder then reads and writes the application's bus, which its
	 * author meant to avoid.
	 */
	private void warnIfTheApplicationsBus(RStreamsBusConnection connection) {
		RStreamsBusConnection app;
		try {
			app = applicationConnection.get();
		}
		catch (RuntimeException ex) {
			return;
		}
		if (app.bus().equals(connection.bus())) {
			log.warn(
					"A binder with an environment of its own resolved the application's bus ({}, from {}): "
							+ "the bus its environment names is overridden by a way found first (properties, then "
							+ "RSTREAMS_CONFIG, then the secret, then the bus name)",
					connection.bus().leoStream(), connection.origin());
		}
	}

	private static Map<String, Object> busSettings(Environment environment) {
		return Binder.get(environment)
			.bind(BusConfigResolver.PREFIX, Bindable.mapOf(String.class, Object.class))
			.orElseGet(Map::of);
	}

}
