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

import io.rstreams.benchmarks.apps.BatchConsumerReadApp;
import io.rstreams.benchmarks.apps.ConsumerReadApp;
import io.rstreams.benchmarks.apps.ScsFloorApp;
import io.rstreams.benchmarks.contenders.BareLoopReadMain;
import io.rstreams.benchmarks.contenders.ClientReadMain;
import io.rstreams.benchmarks.support.BenchPayloads;

/**
 * Scenario 1: every contender reads the same pre-written queue of N events from the
 * beginning, each run as a new bot: leo-sdk {@code read}, the client's
 * {@code QueueReader}, the bare AWS SDK loop, and the binder as a {@code Consumer<Pojo>}
 * (defaults) and a {@code Consumer<List<Pojo>>} ({@code batch-size: 10000}); beside them
 * the same {@code Consumer<Pojo>} fed by Spring Cloud Stream's test binder with no bus
 * (the framework's own per-message cost, which bounds any binder). The Spring Boot
 * applications exit when they received N.
 */
final class ReadScenario implements Scenario {

	@Override
	public String key() {
		return "read";
	}

	@Override
	public void run(Bench bench, Report report) {
		long n = bench.options().events();
		Launcher launch = bench.launch();
		List<Contender> contenders = List.of(
				Contender.node("leo", "leo-sdk read (Node)",
						run -> launch.node("read-leo-sdk-" + run, "read.js",
								Map.of("bot", "bench_leo_read_" + run, "queue", READ_QUEUE, "events", n))),
				Contender.java("client", "client QueueReader (Java main)",
						run -> launch.java("read-client-" + run, List.of(), ClientReadMain.class,
								Launcher.args("queue", READ_QUEUE, "events", n, "bot", "bench_client_read_" + run))),
				Contender.java("bare", "bare AWS SDK v2 loop (Query, gunzip, readTree)",
						run -> launch.java("read-bare-loop-" + run, List.of(), BareLoopReadMain.class,
								Launcher.args("queue", READ_QUEUE, "events", n))),
				Contender.java("consumer", "binder Consumer<Pojo> (Spring Boot)",
						run -> launch.java("read-binder-consumer-" + run, List.of(), ConsumerReadApp.class,
								Launcher.args("bench.queue", READ_QUEUE, "bench.events", n, "bench.group",
										"bench_consumer_" + run))),
				Contender.java("batch", "binder Consumer<List<Pojo>>, batch-size 10000",
						run -> launch.java("read-binder-batch-" + run, List.of(), BatchConsumerReadApp.class,
								Launcher.args("bench.queue", READ_QUEUE, "bench.events", n, "bench.group",
										"bench_batch_consumer_" + run))),
				Contender.java("floor", "Spring Cloud Stream floor: same Consumer<Pojo>, test binder, no bus",
						run -> launch.java("read-scs-floor-" + run, List.of(), ScsFloorApp.class,
								Launcher.args("bench.events", n))));
		List<ContenderRuns> rows = bench.alternate(key(), contenders, n);
		report.section(
				String.format(Locale.ROOT, "1. Read %,d events (%d B payloads) of a pre-written queue", n,
						BenchPayloads.PAYLOAD_BYTES),
				rows, List.of("steady = first to last event as each process saw it; whole = spawn to exit"));
		ContenderRuns leo = Bench.find(rows, "leo");
		ContenderRuns client = Bench.find(rows, "client");
		ContenderRuns bare = Bench.find(rows, "bare");
		ContenderRuns consumer = Bench.find(rows, "consumer");
		ContenderRuns batch = Bench.find(rows, "batch");
		ContenderRuns floor = Bench.find(rows, "floor");
		double vsLeo = report.ratio("read: binder Consumer<Pojo> steady / leo-sdk read steady", consumer.rate(),
				leo.rate());
		double vsBare = report.ratio("read: binder Consumer<Pojo> steady / bare loop steady", consumer.rate(),
				bare.rate());
		report.ratio("read: binder Consumer<List<Pojo>> steady / leo-sdk read steady", batch.rate(), leo.rate());
		report.ratio("read: binder Consumer<List<Pojo>> steady / bare loop steady", batch.rate(), bare.rate());
		report.ratio("read: binder Consumer<Pojo> steady / Spring Cloud Stream floor steady", consumer.rate(),
				floor.rate());
		report.ratio("read: Spring Cloud Stream floor steady / leo-sdk read steady (no binder can exceed it)",
				floor.rate(), leo.rate());
		report.ratio("read: client QueueReader steady / leo-sdk read steady", client.rate(), leo.rate());
		double whole = report.ratio(
				"read: leo-sdk whole process / client QueueReader whole process (> 1: client faster)",
				leo.wallSeconds(), client.wallSeconds());
		report.target("binder Consumer<Pojo> steady >= 1.5x leo-sdk read steady", vsLeo, v -> v >= 1.5, ratio(vsLeo));
		report.target("binder Consumer<Pojo> steady >= 70% of the bare loop", vsBare, v -> v >= 0.7, ratio(vsBare));
		report.target("client whole process faster than leo-sdk's (read)", whole, v -> v > 1,
				"leo-sdk " + Report.seconds(leo.wallSeconds()) + ", client " + Report.seconds(client.wallSeconds()));
	}

	/** How the queue is stored, as the bare loop found it. */
	private static String blocks(ContenderRuns bare) {
		if (!bare.measured()) {
			return "";
		}
		return String.format(Locale.ROOT,
				"the queue's blocks (read by the bare loop): %,.0f gzip in LeoStream, %,.0f " + "in S3 files",
				bare.median("gzipBlocks"), bare.median("s3Blocks"));
	}

	static String ratio(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2fx", value);
	}

}
