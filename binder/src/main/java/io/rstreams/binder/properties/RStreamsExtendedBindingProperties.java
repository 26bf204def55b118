package io.rstreams.binder.properties;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.cloud.stream.binder.AbstractExtendedBindingProperties;
import org.springframework.cloud.stream.binder.BinderSpecificPropertiesProvider;

/** Per-binding RStreams settings, {@code spring.cloud.stream.rstreams.bindings.<binding>.*}. */
@ConfigurationProperties("spring.cloud.stream.rstreams")
public class RStreamsExtendedBindingProperties extends
		AbstractExtendedBindingProperties<RStreamsConsumerProperties, RStreamsProducerProperties, RStreamsBindingProperties> {

	private static final String DEFAULTS_PREFIX = "spring.cloud.stream.rstreams.default";

	@Override
	public String getDefaultsPrefix() {
		return DEFAULTS_PREFIX;
	}

	/** RStreams settings per binding name (e.g. 'invoiceBot-in-0'). */
	@Override
	public Map<String, RStreamsBindingProperties> getBindings() {
		return doGetBindings();
	}

	@Override
	public Class<? extends BinderSpecificPropertiesProvider> getExtendedPropertiesEntryClass() {
		return RStreamsBindingProperties.class;
	}
}
