package io.rstreams.binder.config;

import io.rstreams.binder.RStreamsBusConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Registers {@link RStreamsStartupValidator} in the application context. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(BindingServiceProperties.class)
public class RStreamsStartupValidationConfiguration {

	@Bean
	public static RStreamsStartupValidator rstreamsStartupValidator(ObjectProvider<RStreamsBusConnection> connection,
			ObjectProvider<BindingServiceProperties> bindingServiceProperties, Environment environment) {
		return new RStreamsStartupValidator(connection, bindingServiceProperties, environment);
	}
}
