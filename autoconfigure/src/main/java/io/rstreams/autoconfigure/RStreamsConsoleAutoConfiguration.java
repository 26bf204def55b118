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
import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import java.util.List;

import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Serves the bus console ({@code rstreams-console} on the class path) when
 * {@code spring.cloud.stream.rstreams.console.enabled} is true, or, when it is not set,
 * when the application runs on the embedded local bus because no bus is configured (the
 * development case; not when a test forces the embedded bus, nor on a real bus). The
 * starter does not bring {@code rstreams-console}: an application on a real bus adds it
 * and sets {@code enabled=true}.
 */
@AutoConfiguration(after = { RStreamsAutoConfiguration.class, RStreamsLocalBusAutoConfiguration.class })
@ConditionalOnClass(name = "io.rstreams.console.BusConsole", value = RStreamsMessageChannelBinder.class)
@Conditional(RStreamsConsoleAutoConfiguration.ConsoleEnabledCondition.class)
@EnableConfigurationProperties(RStreamsConsoleProperties.class)
public class RStreamsConsoleAutoConfiguration {

	static final String ENABLED = "spring.cloud.stream.rstreams.console.enabled";

	@Bean
	@ConditionalOnMissingBean
	RStreamsConsole rstreamsConsole(RStreamsConsoleProperties properties, RStreamsBusConnection connection,
			ObjectProvider<BinderFactory> binders, ObjectProvider<BindingServiceProperties> bindingService,
			ObjectProvider<ResolvedBus> resolved) {
		BinderConsoleBindings bindings = new BinderConsoleBindings(
				() -> onBus(connection, binders.getIfAvailable(), bindingService.getIfAvailable()));
		ResolvedBus bus = resolved.getIfAvailable();
		String title = bus == null ? "RStreams bus" : bus.local() ? "embedded local bus" : bus.config().leoCron();
		return new RStreamsConsole(connection, bindings, properties, title);
	}

	/**
	 * The RStreams binders reading and writing the console's bus: with two buses, the
	 * bindings of the other one are not this console's.
	 */
	private static List<RStreamsMessageChannelBinder> onBus(RStreamsBusConnection connection, BinderFactory binders,
			BindingServiceProperties bindingService) {
		if (binders == null) {
			return List.of();
		}
		return RStreamsBinders.inUse(binders, bindingService)
			.stream()
			.filter(b -> b.connection() == connection)
			.toList();
	}

	/**
	 * The property when set; else whether the embedded bus starts because nothing is
	 * configured.
	 */
	static class ConsoleEnabledCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			String enabled = environment.getProperty(ENABLED);
			if (enabled != null && !enabled.isBlank()) {
				return Boolean.parseBoolean(enabled.strip()) ? ConditionOutcome.match(ENABLED + "=true")
						: ConditionOutcome.noMatch(ENABLED + "=false");
			}
			if (BusConfiguredCondition.isForced(environment)) {
				return ConditionOutcome
					.noMatch("the embedded bus is forced by a test; set " + ENABLED + "=true to serve the console");
			}
			ConditionOutcome embedded = new EmbeddedBusCondition().getMatchOutcome(context, metadata);
			boolean localBus = ClassUtils.isPresent("io.rstreams.localbus.LocalBus", context.getClassLoader());
			return embedded.isMatch() && localBus
					? ConditionOutcome.match("the application runs on the embedded local bus") : ConditionOutcome
						.noMatch("a real bus is configured; set " + ENABLED + "=true to serve the console");
		}

	}

}
