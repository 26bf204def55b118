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

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.cloud.stream.binder.AbstractExtendedBindingProperties;
import org.springframework.cloud.stream.binder.BinderSpecificPropertiesProvider;

/**
 * Per-binding RStreams settings,
 * {@code spring.cloud.stream.rstreams.bindings.<binding>.*}.
 */
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
