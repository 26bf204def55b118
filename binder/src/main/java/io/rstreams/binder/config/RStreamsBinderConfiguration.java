package io.rstreams.binder.config;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.RStreamsMessageChannelBinder;
import io.rstreams.binder.properties.RStreamsExtendedBindingProperties;
import io.rstreams.binder.provisioning.RStreamsQueueProvisioner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.stream.binder.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The binder's own context (loaded by Spring Cloud Stream through {@code META-INF/spring.binders}). The bus
 * connection comes from the application: the RStreams auto-configuration resolves it (properties,
 * {@code RSTREAMS_CONFIG}, the bus secret or SSM parameter, or the embedded local bus).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingBean(Binder.class)
@EnableConfigurationProperties(RStreamsExtendedBindingProperties.class)
public class RStreamsBinderConfiguration {

	@Bean
	public RStreamsQueueProvisioner rstreamsQueueProvisioner(ObjectProvider<RStreamsBusConnection> connection) {
		return new RStreamsQueueProvisioner(required(connection));
	}

	@Bean
	public RStreamsMessageChannelBinder rstreamsMessageChannelBinder(ObjectProvider<RStreamsBusConnection> connection,
			RStreamsQueueProvisioner provisioner, RStreamsExtendedBindingProperties properties,
			ObjectProvider<FunctionCatalog> functionCatalog, Environment environment) {
		RStreamsMessageChannelBinder binder = new RStreamsMessageChannelBinder(required(connection), provisioner);
		binder.setExtendedBindingProperties(properties);
		binder.setFunctionCatalog(functionCatalog);
		binder.setApplicationName(environment.getProperty("spring.application.name"));
		return binder;
	}

	private static RStreamsBusConnection required(ObjectProvider<RStreamsBusConnection> connection) {
		RStreamsBusConnection c = connection.getIfAvailable();
		if (c == null) {
			throw new IllegalStateException("No RStreams bus is configured for the RStreams binder. Depend on "
					+ "'spring-cloud-starter-stream-rstreams' (it finds the bus from spring.cloud.stream.rstreams.bus.*, "
					+ "RSTREAMS_CONFIG, the bus's Secrets Manager secret or SSM parameter, or starts the embedded local "
					+ "bus), or declare an RStreamsBusConnection bean.");
		}
		return c;
	}
}
