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

import io.rstreams.benchmarks.apps.EnrichFunctionApp;

/**
 * Scenario 3: each contender reads the same pre-written queue A of N events from the
 * beginning, as a new bot, and writes each event with {@code enriched: true} to a queue B
 * of its own: leo-sdk {@code enrich} and a binder {@code Function<Pojo,Pojo>}
 * application. Steady = first input to all N stored in B.
 */
final class EnrichScenario implements Scenario {

	@Override
	public String key() {
		return "enrich";
	}

	@Override
	public void run(Bench bench, Report report) {
		long n = bench.options().writeEvents();
		Launcher launch = bench.launch();
		List<Contender> contenders = List.of(
				Contender.node("leo", "leo-sdk enrich (Node)",
						run -> launch.node("enrich-leo-sdk-" + run, "enrich.js",
								Map.of("bot", "bench_leo_enrich_" + run, "inQueue", ENRICH_QUEUE, "outQueue",
										"bench_enrich_out_leo_" + run, "events", n))),
				Contender.java("function", "binder Function<Pojo,Pojo> (Spring Boot)",
						run -> launch.java("enrich-binder-function-" + run, List.of(), EnrichFunctionApp.class,
								Launcher.args("bench.in-queue", ENRICH_QUEUE, "bench.out-queue",
										"bench_enrich_out_function_" + run, "bench.events", n, "bench.group",
										"bench_function_" + run))));
		List<ContenderRuns> rows = bench.alternate(key(), contenders, n);
		report.section(String.format(Locale.ROOT, "3. Enrich %,d events from queue A to queue B", n), rows,
				List.of("steady = first input to all outputs stored in B"));
		ContenderRuns leo = Bench.find(rows, "leo");
		ContenderRuns function = Bench.find(rows, "function");
		double steady = report.ratio("enrich: binder Function steady / leo-sdk enrich steady", function.rate(),
				leo.rate());
		report.ratio("enrich: leo-sdk whole process / binder Function whole process (> 1: Function faster)",
				leo.wallSeconds(), function.wallSeconds());
		report.target("Function pipeline faster than leo-sdk enrich (steady)", steady, v -> v > 1,
				ReadScenario.ratio(steady));
	}

}
