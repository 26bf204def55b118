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
package io.rstreams.benchmarks.apps;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts and stops the benchmark applications. Each one joins the standalone bus through
 * the environment the bus prints ({@code RSTREAMS_CONFIG} and the
 * {@code SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_*} variables); the embedded bus is
 * turned off, so that a missing variable fails start-up instead of measuring a bus in the
 * application's own JVM.
 */
final class BenchApps {

	private BenchApps() {
	}

	/**
	 * Runs {@code app} with {@code defaults} under the command line's properties (the
	 * harness passes {@code --bench.*} and any binding property it overrides).
	 */
	static ConfigurableApplicationContext run(Class<?> app, String[] args, Map<String, Object> defaults) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.cloud.stream.rstreams.bus.local.enabled", "false");
		properties.put("spring.main.banner-mode", "off");
		properties.putAll(defaults);
		return new SpringApplicationBuilder(app).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties(properties)
			.run(args);
	}

	/**
	 * Closes the context (bindings stop, checkpoint and flush) and exits, from a thread
	 * of its own: the caller is usually a binding's thread, which stopping the binding
	 * waits for.
	 */
	static void exit(ConfigurableApplicationContext context) {
		Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context)), "bench-exit");
		exit.start();
	}

	/** Reports {@code failure} and exits with 1 (after closing the context). */
	static void fail(ConfigurableApplicationContext context, Throwable failure) {
		failure.printStackTrace();
		Thread exit = new Thread(() -> {
			SpringApplication.exit(context);
			System.exit(1);
		}, "bench-exit");
		exit.start();
	}

}
