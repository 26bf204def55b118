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
package io.rstreams.binder.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.RStreamsBusConnectionFactory;
import io.rstreams.binder.RStreamsBusConnectionFactory.BinderBus;
import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.binder.observability.RStreamsBinderHealthIndicator;
import io.rstreams.binder.observability.RStreamsBinderMetrics;
import io.rstreams.binder.outbound.RStreamsMessageHandler;
import io.rstreams.binder.properties.RStreamsExtendedBindingProperties;
import io.rstreams.binder.provisioning.RStreamsQueueProvisioner;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.stream.binder.Binder;
import org.springframework.cloud.stream.config.ConsumerEndpointCustomizer;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The binder's own context (loaded by Spring Cloud Stream through
 * {@code META-INF/spring.binders}). The bus connection comes from the application: the
 * RStreams auto-configuration resolves it (properties, {@code RSTREAMS_CONFIG}, the bus
 * secret or SSM parameter, or the embedded local bus). A binder declared with an
 * environment of its own ({@code spring.cloud.stream.binders.<name>.environment}) asks
 * the application's {@link RStreamsBusConnectionFactory} for the bus its environment
 * names, with clients of its own closed with its context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingBean(Binder.class)
@EnableConfigurationProperties({ RStreamsExtendedBindingProperties.class, RStreamsBinderProperties.class })
public class RStreamsBinderConfiguration {

	/**
	 * The application's bus ({@code META-INF/shared.beans} hands its connection to every
	 * binder context), unless this binder has an environment of its own: Spring Cloud
	 * Stream then makes its context without parent, and the bus is the one that
	 * environment names.
	 */
	@Bean(destroyMethod = "close")
	public BinderBus rstreamsBinderBus(ObjectProvider<RStreamsBusConnection> connection,
			ObjectProvider<RStreamsBusConnectionFactory> factory, ApplicationContext context, Environment environment) {
		RStreamsBusConnectionFactory own = context.getParent() == null ? factory.getIfAvailable() : null;
		if (own != null) {
			return own.connect(environment);
		}
		return BinderBus.shared(required(connection.getIfAvailable()));
	}

	@Bean
	public RStreamsQueueProvisioner rstreamsQueueProvisioner(BinderBus bus) {
		return new RStreamsQueueProvisioner(bus.connection());
	}

	@Bean
	public RStreamsMessageChannelBinder rstreamsMessageChannelBinder(BinderBus bus,
			RStreamsQueueProvisioner provisioner, RStreamsExtendedBindingProperties properties,
			RStreamsBinderProperties binderProperties, ObjectProvider<FunctionCatalog> functionCatalog,
			Environment environment, ObjectProvider<RStreamsBinderMetrics> metrics,
			ObjectProvider<ObservationRegistry> observations, BeanFactory beanFactory,
			ObjectProvider<ConsumerEndpointCustomizer<RStreamsInboundChannelAdapter>> consumerCustomizer,
			ObjectProvider<ProducerMessageHandlerCustomizer<RStreamsMessageHandler>> producerCustomizer) {
		RStreamsMessageChannelBinder binder = new RStreamsMessageChannelBinder(bus.connection(), provisioner);
		binder.setExtendedBindingProperties(properties);
		binder.setMetrics(metrics.getIfAvailable());
		if (binderProperties.isObservationEnabled()) {
			binder.setObservationRegistry(observations.getIfAvailable());
		}
		// Spring Cloud Stream applies them to every endpoint and handler it binds, as in
		// the other binders
		consumerCustomizer.ifAvailable(binder::setConsumerEndpointCustomizer);
		producerCustomizer.ifAvailable(binder::setProducerMessageHandlerCustomizer);
		binder.setFunctionCatalog(OuterContext.provider(beanFactory, functionCatalog, FunctionCatalog.class));
		binder.setApplicationName(environment.getProperty("spring.application.name"));
		return binder;
	}

	/** Micrometer meters of the bindings, when Micrometer and a registry are there. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
	static class Metrics {

		@Bean
		RStreamsBinderMetrics rstreamsBinderMetrics(ObjectProvider<MeterRegistry> registry, BinderBus bus) {
			MeterRegistry r = registry.getIfAvailable();
			return r == null ? null : new RStreamsBinderMetrics(r, bus.connection().clock());
		}

	}

	/**
	 * Binding health under {@code binders.rstreams} (Spring Cloud Stream collects it from
	 * this context).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
	@ConditionalOnEnabledHealthIndicator("binders")
	static class Health {

		@Bean
		@ConditionalOnMissingBean(name = "rstreamsBinderHealthIndicator")
		RStreamsBinderHealthIndicator rstreamsBinderHealthIndicator(RStreamsMessageChannelBinder binder) {
			return new RStreamsBinderHealthIndicator(binder);
		}

	}

	private static RStreamsBusConnection required(RStreamsBusConnection c) {
		if (c == null) {
			throw new IllegalStateException("No RStreams bus is configured for the RStreams binder. Depend on "
					+ "'spring-cloud-starter-stream-rstreams' (it finds the bus from spring.cloud.stream.rstreams.bus.*, "
					+ "RSTREAMS_CONFIG, the bus's Secrets Manager secret or SSM parameter, or starts the embedded local "
					+ "bus), or declare an RStreamsBusConnection bean.");
		}
		return c;
	}

}
