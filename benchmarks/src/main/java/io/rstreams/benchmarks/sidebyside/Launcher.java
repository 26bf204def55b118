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
package io.rstreams.benchmarks.sidebyside;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.benchmarks.support.BusEnvironment;
import io.rstreams.client.Json;

/**
 * Builds the command of each contender's process: {@code java -cp <module class path>
 * <main> --name=value...} for the Java ones (plain mains and Spring Boot applications
 * alike) and {@code node <script> <input JSON>} for the Node ones, with modules resolved
 * from the interop tests' node_modules through {@code NODE_PATH}. Every process gets the
 * standalone bus's printed environment and loses the variables that could send it to AWS
 * or another bus.
 */
final class Launcher {

	/**
	 * Variables that would send a process elsewhere (a profile, a secret, another bus).
	 */
	private static final List<String> REMOVED = List.of("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_DEFAULT_PROFILE",
			"LEO_CONFIG_SECRET", "RSTREAMS_CONFIG_SECRET", "leosdk", "leo-sdk", "LEOSDK", "LEO-SDK", "Resources",
			"RSTREAMS_MOCK_DATA", "JAVA_TOOL_OPTIONS", "NODE_OPTIONS", "SPRING_APPLICATION_JSON");

	private final Layout layout;

	private final BusEnvironment bus;

	private final Duration timeout;

	private final List<String> javaOptions;

	private int sequence;

	/**
	 * @param javaOptions JVM options of every Java contender, before the scenario's own
	 */
	Launcher(Layout layout, BusEnvironment bus, Duration timeout, List<String> javaOptions) {
		this.layout = layout;
		this.bus = bus;
		this.timeout = timeout;
		this.javaOptions = List.copyOf(javaOptions);
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * {@code java [the harness's Java options] [jvmOptions] -cp <class path> <main> [args]}.
	 * @param name names the log file
	 */
	Command java(String name, List<String> jvmOptions, Class<?> main, List<String> args) {
		List<String> argv = new ArrayList<>();
		argv.add(java());
		argv.addAll(javaOptions);
		argv.addAll(jvmOptions);
		argv.add("-cp");
		argv.add(layout.classpath());
		argv.add(main.getName());
		argv.addAll(args);
		return command(name, argv, environment());
	}

	/** {@code node <script> <input as JSON>}, from the module's directory. */
	Command node(String name, String script, Map<String, Object> input) {
		List<String> argv = List.of("node", layout.nodeScripts().resolve(script).toString(),
				Json.mapper().writeValueAsString(input));
		Map<String, String> env = environment();
		env.put("NODE_PATH", layout.nodeModules().toString());
		return command(name, argv, env);
	}

	private Command command(String name, List<String> argv, Map<String, String> env) {
		String file = String.format("%03d-%s.log", ++sequence, name.replaceAll("[^A-Za-z0-9_.-]", "_"));
		return new Command(name, argv, env, layout.module(), timeout, layout.logs().resolve(file));
	}

	private Map<String, String> environment() {
		Map<String, String> env = new HashMap<>();
		REMOVED.forEach(name -> env.put(name, null));
		env.putAll(bus.variables());
		return env;
	}

	/** {@code --name=value} for each pair. */
	static List<String> args(Object... namesAndValues) {
		List<String> args = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			args.add("--" + namesAndValues[i] + "=" + namesAndValues[i + 1]);
		}
		return args;
	}

}
