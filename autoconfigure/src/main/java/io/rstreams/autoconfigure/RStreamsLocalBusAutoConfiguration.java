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
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * With no bus configured and {@code rstreams-local-bus} on the class path, starts the
 * embedded local bus (a dev-services style default, like Spring Boot's Docker Compose or
 * Testcontainers support) and connects the binder to it; the bus stops with the
 * application context. Set {@code spring.cloud.stream.rstreams.bus.local.enabled=false}
 * to turn it off. On a cloud platform it starts only with {@code local.enabled=true} set
 * explicitly ({@link EmbeddedBusGuard}); a test forces it with {@code local.force=true}
 * whatever else is configured ({@link EmbeddedBusCondition}).
 */
@AutoConfiguration(before = RStreamsAutoConfiguration.class)
@ConditionalOnClass(LocalBus.class)
@Conditional(EmbeddedBusCondition.class)
@EnableConfigurationProperties(RStreamsBusProperties.class)
public class RStreamsLocalBusAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RStreamsLocalBusAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	LocalBus rstreamsLocalBus(RStreamsBusProperties properties, Environment environment) {
		return start(properties, environment);
	}

	/**
	 * Starts an embedded bus named by {@code local.name}, for the application or for a
	 * binder with an environment of its own.
	 */
	static LocalBus start(RStreamsBusProperties properties, Environment environment) {
		EmbeddedBusGuard.check(environment);
		RStreamsBusProperties.Local local = properties.getLocal();
		LocalBusOptions options = LocalBusOptions.defaults().withName(local.getName()).withPort(local.getPort());
		if (local.getS3Directory() != null) {
			options = options.withS3Directory(local.getS3Directory());
		}
		LocalBus bus = LocalBus.start(options);
		if (local.isForce()) {
			log.info("Running on the embedded local bus '{}' at {}: forced by {}=true (a test), whatever else is "
					+ "configured", local.getName(), bus.endpoint(), EmbeddedBusGuard.FORCE);
			return bus;
		}
		log.warn(
				"No RStreams bus is configured: running on the EMBEDDED LOCAL BUS '{}' at {} (in memory, gone when the "
						+ "application stops). Set spring.cloud.stream.rstreams.bus.name (or .secret-name, or RSTREAMS_CONFIG) to "
						+ "use a real bus. Node bots can join with RSTREAMS_CONFIG={}",
				local.getName(), bus.endpoint(), bus.rstreamsConfigJson());
		return bus;
	}

	@Bean
	@ConditionalOnMissingBean
	ResolvedBus rstreamsResolvedBus(LocalBus bus) {
		return resolved(bus);
	}

	@Bean
	@ConditionalOnMissingBean
	RStreamsBusConnection rstreamsBusConnection(LocalBus bus, ResolvedBus resolved) {
		return connection(bus, resolved);
	}

	static ResolvedBus resolved(LocalBus bus) {
		return new ResolvedBus(bus.config(), "the embedded local bus at " + bus.endpoint(), true);
	}

	static RStreamsBusConnection connection(LocalBus bus, ResolvedBus resolved) {
		return new RStreamsBusConnection(bus.config(), bus.dynamo(), bus.objectStore(), bus.kinesis(), null, null,
				bus.options().clock(), resolved.origin(), RStreamsBusConnection.DEFAULT_CALL_TIMEOUT, true);
	}

}
