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
