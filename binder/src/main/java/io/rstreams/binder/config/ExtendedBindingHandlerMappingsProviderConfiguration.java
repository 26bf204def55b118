package io.rstreams.binder.config;

import java.util.Map;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.cloud.stream.config.BindingHandlerAdvise;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applies {@code spring.cloud.stream.rstreams.default.*} to every {@code spring.cloud.stream.rstreams.bindings.<b>.*}. */
@Configuration(proxyBeanMethods = false)
public class ExtendedBindingHandlerMappingsProviderConfiguration {

	@Bean
	public BindingHandlerAdvise.MappingsProvider rstreamsExtendedPropertiesDefaultMappingsProvider() {
		return () -> Map.of(ConfigurationPropertyName.of("spring.cloud.stream.rstreams.bindings"),
				ConfigurationPropertyName.of("spring.cloud.stream.rstreams.default"));
	}
}
