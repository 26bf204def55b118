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
package io.rstreams.binder.properties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.cloud.stream.binder.BinderSpecificPropertiesProvider;

/**
 * The RStreams consumer and producer settings of one binding. The annotation only
 * documents the defaults prefix for IDEs (the configuration metadata); the values are
 * bound per binding by {@link RStreamsExtendedBindingProperties}.
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
