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
package io.rstreams.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Environment variables for a test context, without touching the process's: the context's
 * {@code systemEnvironment} property source is replaced by these (and only these), so
 * that the host's own variables (a CI runner on Kubernetes, an exported RSTREAMS_CONFIG)
 * do not change what a test sees, and Spring Boot's cloud-platform detection, which reads
 * that source by name, sees the test's.
 */
final class HostVariables {

	private HostVariables() {
	}

	static ApplicationContextInitializer<ConfigurableApplicationContext> only(Map<String, String> variables) {
		return context -> context.getEnvironment()
			.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(variables)));
	}

	static ApplicationContextInitializer<ConfigurableApplicationContext> none() {
		return only(Map.of());
	}

}
