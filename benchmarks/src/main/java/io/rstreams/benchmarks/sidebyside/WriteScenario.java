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

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.rstreams.benchmarks.apps.StreamBridgeWriteApp;
import io.rstreams.benchmarks.contenders.ClientWriteMain;

/**
 * Scenario 2: each contender writes N payloads to a queue of its own (new each run)
 * through the bus's Kinesis stream and waits until the bus has stored all N: leo-sdk
 * {@code load}, the client's {@code QueueWriter}, and a Spring Boot application sending
 * with {@code StreamBridge}. Steady = first write to all N stored, as each process saw
 * it.
 */
final class WriteScenario implements Scenario {

	@Override
	public String key() {
		return "write";
	}

	@Override
	public void run(Bench bench, Report report) {
		long n = bench.options().writeEvents();
		Launcher launch = bench.launch();
		List<Contender> contenders = List.of(
				Contender.node("leo", "leo-sdk load (Node)",
						run -> launch.node("write-leo-sdk-" + run, "load.js",
								Map.of("bot", "bench_leo_load", "queue", "bench_write_leo_" + run, "events", n))),
				Contender.java("client", "client QueueWriter (Java main)",
						run -> launch.java("write-client-" + run, List.of(), ClientWriteMain.class,
								Launcher.args("queue", "bench_write_client_" + run, "events", n, "bot",
										"bench_client_writer"))),
				Contender.java("bridge", "binder StreamBridge (Spring Boot)",
						run -> launch.java("write-binder-streambridge-" + run, List.of(), StreamBridgeWriteApp.class,
								Launcher.args("bench.queue", "bench_write_bridge_" + run, "bench.events", n,
										"spring.application.name", "bench_bridge_writer"))));
		List<ContenderRuns> rows = bench.alternate(key(), contenders, n);
		report.section(String.format(Locale.ROOT, "2. Write %,d events, until the bus stored them all", n), rows,
				List.of("steady = first write to all stored in the queue; median time to Kinesis' last acceptance: "
						+ "leo-sdk " + millis(Bench.find(rows, "leo").median("acceptedMs")) + ", client "
						+ millis(Bench.find(rows, "client").median("acceptedMs"))
						+ "; StreamBridge sends returned after "
						+ millis(Bench.find(rows, "bridge").median("sentMs"))));
		ContenderRuns leo = Bench.find(rows, "leo");
		ContenderRuns client = Bench.find(rows, "client");
		ContenderRuns bridge = Bench.find(rows, "bridge");
		double spring = report.ratio("write: binder StreamBridge steady / leo-sdk load steady", bridge.rate(),
				leo.rate());
		report.ratio("write: client QueueWriter steady / leo-sdk load steady", client.rate(), leo.rate());
		double whole = report.ratio(
				"write: leo-sdk whole process / client QueueWriter whole process (> 1: client faster)",
				leo.wallSeconds(), client.wallSeconds());
		report.ratio("write: leo-sdk whole process / StreamBridge app whole process (> 1: Spring app faster)",
				leo.wallSeconds(), bridge.wallSeconds());
		report.target("Spring app writes >= 2x leo-sdk load steady", spring, v -> v >= 2, ReadScenario.ratio(spring));
		report.target("client whole process faster than leo-sdk's (write)", whole, v -> v > 1,
				"leo-sdk " + Report.seconds(leo.wallSeconds()) + ", client " + Report.seconds(client.wallSeconds()));
	}

	private static String millis(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f ms", value);
	}

}
