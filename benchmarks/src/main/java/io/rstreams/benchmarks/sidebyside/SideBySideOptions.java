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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of the side-by-side comparison.
 *
 * @param events events of the read scenario
 * @param writeEvents events of the write and enrich scenarios
 * @param memoryEvents events of the memory run
 * @param repeat runs of each contender in the A/B scenarios (medians are reported)
 * @param only the scenarios to run
 * @param latencyRate events per second of the latency run
 * @param latencySeconds measured seconds of each latency run (after a 5 s warm-up)
 * @param nodeModules another node_modules with leo-sdk, aws-sdk and kinesis-local, or
 * {@code null}
 * @param processTimeout the longest one process may take
 * @param javaOptions JVM options added to every Java contender (not to the bus)
 * @param help only the usage was asked for
 */
public record SideBySideOptions(long events, long writeEvents, long memoryEvents, int repeat, Set<String> only,
		int latencyRate, int latencySeconds, Path nodeModules, Duration processTimeout, List<String> javaOptions,
		boolean help) {

	public static final List<String> SCENARIOS = List.of("read", "write", "enrich", "memory", "latency");

	public static final String USAGE = """
			Side-by-side comparison on one standalone local bus (kinesis-local + LocalBusMain): leo-sdk (Node), the
			client, a bare AWS SDK loop and Spring Boot applications with the binder on the same pre-written queues,
			each run a separate process, timed whole and at steady state, alternated, medians reported.

			  java -jar benchmarks/target/benchmarks.jar side-by-side [options]

			  --events N           events of the read scenario (default 200000)
			  --write-events N     events of the write and enrich scenarios (default 100000)
			  --memory-events N    events of the memory run (default 1000000)
			  --repeat K           runs of each contender in read, write, enrich (default 3)
			  --only LIST          comma-separated scenarios: read,write,enrich,memory,latency (default all)
			  --latency-rate R     events per second of the latency runs (default 200)
			  --latency-seconds S  measured seconds of each latency run, after a 5 s warm-up (default 30)
			  --node-modules DIR   node_modules with leo-sdk, aws-sdk, kinesis-local
			                       (default interop-tests/src/test/node/node_modules)
			  --process-timeout S  seconds one process may take (default 900)
			  --java-options OPTS  space-separated JVM options for every Java contender (default none: the JVM's
			                       defaults, as a bot would run)
			  --help               this text
			""";

	public static SideBySideOptions defaults() {
		return new SideBySideOptions(200_000, 100_000, 1_000_000, 3, new LinkedHashSet<>(SCENARIOS), 200, 30, null,
				Duration.ofSeconds(900), List.of(), false);
	}

	/**
	 * {@code --flag value} or {@code --flag=value}.
	 * @throws IllegalArgumentException naming the argument that is wrong
	 */
	public static SideBySideOptions parse(String... args) {
		SideBySideOptions d = defaults();
		long events = d.events;
		long writeEvents = d.writeEvents;
		long memoryEvents = d.memoryEvents;
		int repeat = d.repeat;
		Set<String> only = d.only;
		int latencyRate = d.latencyRate;
		int latencySeconds = d.latencySeconds;
		Path nodeModules = d.nodeModules;
		Duration processTimeout = d.processTimeout;
		List<String> javaOptions = d.javaOptions;
		for (int i = 0; i < args.length; i++) {
			String flag = args[i];
			if (flag.equals("--help") || flag.equals("-h")) {
				return new SideBySideOptions(events, writeEvents, memoryEvents, repeat, only, latencyRate,
						latencySeconds, nodeModules, processTimeout, javaOptions, true);
			}
			String value;
			int eq = flag.indexOf('=');
			if (eq > 0) {
				value = flag.substring(eq + 1);
				flag = flag.substring(0, eq);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException("Missing value after " + flag);
			}
			switch (flag.toLowerCase(Locale.ROOT)) {
				case "--events" -> events = positive(flag, value);
				case "--write-events" -> writeEvents = positive(flag, value);
				case "--memory-events" -> memoryEvents = positive(flag, value);
				case "--repeat" -> repeat = (int) positive(flag, value);
				case "--only" -> only = scenarios(value);
				case "--latency-rate" -> latencyRate = (int) positive(flag, value);
				case "--latency-seconds" -> latencySeconds = (int) positive(flag, value);
				case "--node-modules" -> nodeModules = Path.of(value);
				case "--process-timeout" -> processTimeout = Duration.ofSeconds(positive(flag, value));
				case "--java-options" ->
					javaOptions = value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
				default -> throw new IllegalArgumentException("Unknown argument " + flag);
			}
		}
		return new SideBySideOptions(events, writeEvents, memoryEvents, repeat, only, latencyRate, latencySeconds,
				nodeModules, processTimeout, javaOptions, false);
	}

	public boolean runs(String scenario) {
		return only.contains(scenario);
	}

	private static long positive(String flag, String value) {
		try {
			long n = Long.parseLong(value.replace("_", "").replace(",", ""));
			if (n > 0) {
				return n;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below
		}
		throw new IllegalArgumentException(flag + " is a positive number, got '" + value + "'");
	}

	private static Set<String> scenarios(String value) {
		Set<String> chosen = new LinkedHashSet<>();
		for (String name : value.split(",")) {
			String scenario = name.strip().toLowerCase(Locale.ROOT);
			if (!SCENARIOS.contains(scenario)) {
				throw new IllegalArgumentException(
						"--only takes " + String.join(",", SCENARIOS) + ", got '" + name + "'");
			}
			chosen.add(scenario);
		}
		return chosen;
	}

}
