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

import java.util.Map;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.channel.ConsumerValidation;
import io.rstreams.binder.properties.RStreamsConsumerProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.cloud.stream.binder.ConsumerProperties;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Fails the application's start-up, before any binding starts, when the bus cannot be
 * used (a missing table, stream or bucket, named) or a consumer binding's RStreams
 * settings cannot work. Spring Cloud Stream would otherwise log a failed binding and
 * retry it every 30 s while the application runs without it.
 */
public class RStreamsStartupValidator implements SmartInitializingSingleton {

	private static final String RSTREAMS = "rstreams";

	private final ObjectProvider<RStreamsBusConnection> connection;

	private final ObjectProvider<BindingServiceProperties> bindingServiceProperties;

	private final Environment environment;

	public RStreamsStartupValidator(ObjectProvider<RStreamsBusConnection> connection,
			ObjectProvider<BindingServiceProperties> bindingServiceProperties, Environment environment) {
		this.connection = connection;
		this.bindingServiceProperties = bindingServiceProperties;
		this.environment = environment;
	}

	@Override
	public void afterSingletonsInstantiated() {
		BindingServiceProperties bsp = bindingServiceProperties.getIfAvailable();
		if (bsp == null) {
			return;
		}
		boolean any = false;
		for (Map.Entry<String, BindingProperties> binding : bsp.getBindings().entrySet()) {
			if (!usesRStreams(bsp, binding.getValue())) {
				continue;
			}
			any = true;
			String name = binding.getKey();
			if (name.contains("-in-") || StringUtils.hasText(binding.getValue().getGroup())) {
				validateConsumer(bsp, name, binding.getValue());
			}
		}
		RStreamsBusConnection c = connection.getIfAvailable();
		if (any && c != null) {
			c.verifier().run();
		}
	}

	private boolean usesRStreams(BindingServiceProperties bsp, BindingProperties binding) {
		String binder = StringUtils.hasText(binding.getBinder()) ? binding.getBinder() : bsp.getDefaultBinder();
		if (!StringUtils.hasText(binder)) {
			return true;
		}
		if (RSTREAMS.equals(binder)) {
			return true;
		}
		var configured = bsp.getBinders().get(binder);
		return configured != null && RSTREAMS.equals(configured.getType());
	}

	private void validateConsumer(BindingServiceProperties bsp, String name, BindingProperties binding) {
		ConsumerProperties consumer = bsp.getConsumerProperties(name);
		RStreamsConsumerProperties extension = new RStreamsConsumerProperties();
		Binder binder = Binder.get(environment);
		binder.bind("spring.cloud.stream.rstreams.default.consumer", Bindable.ofInstance(extension));
		binder.bind(ConfigurationPropertyName.of("spring.cloud.stream.rstreams.bindings")
			.append("[" + name + "]")
			.append("consumer"), Bindable.ofInstance(extension));
		String botId = StringUtils.hasText(extension.getBotId()) ? extension.getBotId()
				: StringUtils.hasText(binding.getGroup()) ? binding.getGroup() : null;
		ConsumerValidation.validate(name, consumer, extension, botId);
		if (StringUtils.hasText(binding.getDestination())) {
			ConsumerValidation.validateDestination(name, binding.getDestination(), consumer.isMultiplex());
		}
	}

}
