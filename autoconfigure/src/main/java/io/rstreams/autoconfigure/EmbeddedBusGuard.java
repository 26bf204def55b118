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

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.core.env.Environment;

/**
 * Keeps the embedded local bus out of production. Where the application clearly runs on a
 * cloud platform, a missing bus configuration is a mistake (a typo in a variable, a
 * missing profile or secret), and an in-memory bus per process would take the bots'
 * writes and lose them while health says UP. There it starts only when asked for
 * explicitly ({@code local.enabled=true}), or when a test forces it
 * ({@code local.force=true}, set by the test kit).
 *
 * <p>
 * Everything is read from the Spring {@link Environment} (the {@code systemEnvironment}
 * property source for variables), so tests replace that source instead of the process
 * environment.
 */
final class EmbeddedBusGuard {

	static final String ENABLED = BusConfigResolver.PREFIX + ".local.enabled";

	static final String FORCE = BusConfigResolver.PREFIX + ".local.force";

	/**
	 * Variables only AWS runtimes set (Lambda, ECS and Fargate, Elastic Beanstalk, App
	 * Runner, CodeBuild ...); Spring Boot's {@link CloudPlatform} does not know them.
	 */
	static final List<String> AWS_RUNTIME = List.of("AWS_EXECUTION_ENV", "ECS_CONTAINER_METADATA_URI_V4",
			"ECS_CONTAINER_METADATA_URI", "AWS_LAMBDA_FUNCTION_NAME");

	private EmbeddedBusGuard() {
	}

	/**
	 * Fails when the embedded bus would start on a cloud platform without being asked for
	 * explicitly, or although a bus is configured.
	 */
	static void check(Environment environment) {
		if (isTrue(environment, FORCE)) {
			return;
		}
		if (BusConfiguredCondition.isConfigured(environment)) {
			// only an application processed by Spring AOT gets here: its conditions were
			// evaluated at build time, with no bus configured
			throw new RStreamsConfigurationException(
					"An RStreams bus is configured, but this application was processed by Spring AOT with none "
							+ "configured, so its embedded local bus would start instead: Spring AOT fixes at build "
							+ "time which beans exist.",
					"Run Spring AOT's process-aot with the bus configuration the application runs with (the same "
							+ "spring.cloud.stream.rstreams.bus.* properties or profile; RSTREAMS_CONFIG counts as "
							+ "configured), or start it without -Dspring.aot.enabled=true.",
					BusConfigResolver.WAYS, null);
		}
		if (isTrue(environment, ENABLED)) {
			return;
		}
		Optional<String> platform = platform(environment);
		if (platform.isPresent()) {
			throw new RStreamsConfigurationException(
					"No RStreams bus is configured, and the application runs on " + platform.get()
							+ ": the embedded local bus (in memory, one per process, its events gone when "
							+ "the process stops) is not started there without an explicit opt-in.",
					"Configure the bus (spring.cloud.stream.rstreams.bus.name, .secret-name, the .leo-* resource "
							+ "names, or the environment variable RSTREAMS_CONFIG), or, to run on the embedded bus on "
							+ "this platform anyway, set " + ENABLED + "=true. In tests, annotate the test class with "
							+ "@AutoConfigureRStreamsTestBus (io.rstreams:rstreams-test).",
					BusConfigResolver.WAYS, null);
		}
	}

	/** The cloud platform the application appears to run on, said for a message. */
	static Optional<String> platform(Environment environment) {
		for (String variable : AWS_RUNTIME) {
			if (environment.containsProperty(variable)) {
				return Optional.of("AWS (the environment variable " + variable + " is set)");
			}
		}
		CloudPlatform platform = CloudPlatform.getActive(environment);
		return platform == null || platform == CloudPlatform.NONE ? Optional.empty()
				: Optional.of(platform.name().toLowerCase(Locale.ROOT) + " (as Spring Boot detects cloud platforms)");
	}

	private static boolean isTrue(Environment environment, String property) {
		return "true".equalsIgnoreCase(environment.getProperty(property, "").trim());
	}

}
