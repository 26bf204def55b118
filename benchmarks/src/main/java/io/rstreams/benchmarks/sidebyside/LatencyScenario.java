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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.rstreams.benchmarks.apps.LatencyPipelineApp;
import io.rstreams.binder.properties.RStreamsConsumerProperties;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 5, the latency run: the Supplier -&gt; Function -&gt; Consumer pipeline of
 * {@link LatencyPipelineApp} (three bindings in one application) at a modest rate, once
 * at the binder's default poll interval (read from the binder on the class path, so it
 * follows the binder) and once at 100 ms; p50/p95/p99 of receipt time at the Consumer
 * minus {@code event_source_timestamp}, after a {@value #WARMUP_SECONDS} s warm-up.
 */
final class LatencyScenario implements Scenario {

	static final int WARMUP_SECONDS = 5;

	private static final Duration FAST = Duration.ofMillis(100);

	@Override
	public String key() {
		return "latency";
	}

	@Override
	public void run(Bench bench, Report report) {
		Duration standard = new RStreamsConsumerProperties().getPollInterval();
		int rate = bench.options().latencyRate();
		int seconds = bench.options().latencySeconds();
		Launcher launch = bench.launch();
		List<Contender> contenders = List.of(
				Contender.java("default", "pipeline, poll-interval " + text(standard) + " (default)",
						run -> launch.java("latency-default", List.of(), LatencyPipelineApp.class,
								pipeline("default", rate, seconds, null))),
				Contender.java("fast", "pipeline, poll-interval " + text(FAST), run -> launch.java("latency-fast",
						List.of(), LatencyPipelineApp.class, pipeline("fast", rate, seconds, FAST))));
		List<ContenderRuns> rows = bench.once(key(), contenders, (long) rate * seconds);
		List<String> notes = new ArrayList<>();
		for (ContenderRuns row : rows) {
			if (row.measured()) {
				JsonNode r = row.ok().get(0).result();
				notes.add(String.format(Locale.ROOT,
						"%s: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%,d of %,d events)", row.label(),
						r.path("p50Ms").asLong(), r.path("p95Ms").asLong(), r.path("p99Ms").asLong(),
						r.path("maxMs").asLong(), r.path("count").asLong(), r.path("expected").asLong()));
			}
		}
		report.section(String.format(Locale.ROOT,
				"5. Latency: Supplier -> Function -> Consumer in one application, %d ev/s for %d s after a %d s warm-up",
				rate, seconds, WARMUP_SECONDS), rows, notes);
		ContenderRuns slow = Bench.find(rows, "default");
		ContenderRuns fast = Bench.find(rows, "fast");
		double p50Default = report.ratio("latency: p50 / poll interval at the default " + text(standard),
				slow.median("p50Ms"), standard.toMillis());
		double p50Fast = report.ratio("latency: p50 / poll interval at " + text(FAST), fast.median("p50Ms"),
				FAST.toMillis());
		report.ratio("latency: p50 at the default " + text(standard) + " / p50 at " + text(FAST), slow.median("p50Ms"),
				fast.median("p50Ms"));
		report.target("p50 <= 1.5x poll interval (default " + text(standard) + ")", p50Default, v -> v <= 1.5,
				ReadScenario.ratio(p50Default));
		report.target("p50 <= 1.5x poll interval (" + text(FAST) + ")", p50Fast, v -> v <= 1.5,
				ReadScenario.ratio(p50Fast));
	}

	private static List<String> pipeline(String tag, int rate, int seconds, Duration pollInterval) {
		List<String> args = new ArrayList<>(Launcher.args("bench.queue-a", "bench_latency_" + tag + "_a",
				"bench.queue-b", "bench_latency_" + tag + "_b", "bench.group", "bench_latency_" + tag, "bench.rate",
				rate, "bench.seconds", seconds, "bench.warmup-seconds", WARMUP_SECONDS));
		if (pollInterval != null) {
			args.add("--spring.cloud.stream.rstreams.default.consumer.poll-interval=" + pollInterval.toMillis() + "ms");
		}
		return args;
	}

	private static String text(Duration d) {
		return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
	}

}
