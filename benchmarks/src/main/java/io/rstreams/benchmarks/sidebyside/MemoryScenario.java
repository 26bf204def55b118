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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.rstreams.benchmarks.apps.ConsumerReadApp;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 4, the memory run: one binder {@code Consumer<Pojo>} application under
 * {@value #HEAP} reads the pre-written queue of a million events (defaults: batch-size
 * 500, checkpoint-mode batch), and reports the heap in use after each collection from the
 * first event to the last ({@code HeapSampler}): it is flat when the median of the last
 * third of the samples is within 125 % + 8 MB of the first third's, and the run
 * completed.
 */
final class MemoryScenario implements Scenario {

	static final String HEAP = "-Xmx256m";

	@Override
	public String key() {
		return "memory";
	}

	@Override
	public void run(Bench bench, Report report) {
		long n = bench.options().memoryEvents();
		Launcher launch = bench.launch();
		Contender consumer = Contender.java("consumer", "binder Consumer<Pojo>, " + HEAP,
				run -> launch.java("memory-binder-consumer", List.of(HEAP), ConsumerReadApp.class,
						Launcher.args("bench.queue", MEMORY_QUEUE, "bench.events", n, "bench.group",
								"bench_memory_consumer", "bench.sample-heap", true)));
		List<ContenderRuns> rows = bench.once(key(), List.of(consumer), n);
		ContenderRuns row = rows.get(0);
		List<String> notes = new ArrayList<>();
		double flat = row.runs().isEmpty() ? Double.NaN : 0;
		double growth = Double.NaN;
		if (row.measured()) {
			JsonNode r = row.ok().get(0).result();
			notes.add(String.format(Locale.ROOT,
					"heap after GC, first to last event (%s, max heap %s MB): %d collections, first %s MB, "
							+ "min %s MB, max %s MB, last %s MB; median of first third %s MB, of last third %s MB",
					r.path("collectors").asString(), r.path("maxHeapMb").asString(), r.path("gcs").asInt(),
					r.path("heapFirstMb").asString(), r.path("heapMinMb").asString(), r.path("heapMaxMb").asString(),
					r.path("heapLastMb").asString(), r.path("heapFirstThirdMedianMb").asString(),
					r.path("heapLastThirdMedianMb").asString()));
			StringBuilder series = new StringBuilder("series [s, events, MB]:");
			for (JsonNode point : r.path("heapSeries")) {
				series.append(String.format(Locale.ROOT, " [%s, %,d, %s]", point.get(0).asString(),
						point.get(1).asLong(), point.get(2).asString()));
			}
			notes.add(series.toString());
			boolean grows = r.path("heapGrows").asBoolean(true);
			notes.add(grows ? "the heap GROWS over the run" : "the heap stays flat over the run");
			flat = grows ? 0 : 1;
			growth = r.path("heapLastThirdMedianMb").asDouble() / r.path("heapFirstThirdMedianMb").asDouble();
		}
		report.section(
				String.format(Locale.ROOT, "4. Memory: %,d events through a binder Consumer<Pojo> under %s", n, HEAP),
				rows, notes);
		report.ratio("memory: median after-GC heap, last third / first third of the run", growth, 1);
		report.target(String.format(Locale.ROOT, "heap flat over %,d events in %s", n, HEAP), flat, v -> v == 1,
				row.measured() ? "" : "the run did not complete");
	}

}
