package io.rstreams.binder.properties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.cloud.stream.binder.BinderSpecificPropertiesProvider;

/**
 * The RStreams consumer and producer settings of one binding. The annotation only documents the defaults prefix
 * for IDEs (the configuration metadata); the values are bound per binding by {@link RStreamsExtendedBindingProperties}.
 */
@ConfigurationProperties("spring.cloud.stream.rstreams.default")
public class RStreamsBindingProperties implements BinderSpecificPropertiesProvider {

	/** RStreams consumer settings. */
	@NestedConfigurationProperty
	private RStreamsConsumerProperties consumer = new RStreamsConsumerProperties();

	/** RStreams producer settings. */
	@NestedConfigurationProperty
	private RStreamsProducerProperties producer = new RStreamsProducerProperties();

	@Override
	public RStreamsConsumerProperties getConsumer() {
		return consumer;
	}

	public void setConsumer(RStreamsConsumerProperties consumer) {
		this.consumer = consumer;
	}

	@Override
	public RStreamsProducerProperties getProducer() {
		return producer;
	}

	public void setProducer(RStreamsProducerProperties producer) {
		this.producer = producer;
	}
}
