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

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side comparison (issue 15's benchmark harness): one kinesis-local, one
 * standalone local bus polling it, the queues the scenarios read written once, then each
 * scenario's contenders as separate processes on that bus, and a report of the medians,
 * the ratios and the targets. Whatever binder, client and bus are on the module's
 * class path are measured.
 *
 * <p>
 * {@code java -jar benchmarks/target/benchmarks.jar side-by-side [--events N] [--repeat K]
 * [--only read,write,enrich,memory,latency]} ({@link SideBySideOptions#USAGE}). Exits 0
 * whatever the targets say, 1 if a run failed, 2 if it could not run at all.
 */
public final class SideBySide {

	private static final List<Scenario> SCENARIOS = List.of(new ReadScenario(), new WriteScenario(),
			new EnrichScenario(), new MemoryScenario(), new LatencyScenario());

	/** The bus keeps every event of the run in memory (a million and more). */
	private static final String BUS_HEAP = "4g";

	private SideBySide() {
	}

	public static void main(String[] args) {
		SideBySideOptions options;
		try {
			options = SideBySideOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(SideBySideOptions.USAGE);
			System.exit(2);
			return;
		}
		if (options.help()) {
			System.out.print(SideBySideOptions.USAGE);
			return;
		}
		Report report;
		try {
			report = run(options, System.out);
		}
		catch (IllegalStateException ex) {
			System.err.println("The side-by-side comparison could not run: " + ex.getMessage());
			System.exit(2);
			return;
		}
		report.print(System.out);
		System.out.flush();
		System.exit(report.anyRunFailed() ? 1 : 0);
	}

	/**
	 * Runs the comparison; progress goes to {@code out} as it happens.
	 * @throws IllegalStateException when it cannot run (module not built, no Node.js or
	 * kinesis-local, the bus does not start)
	 */
	public static Report run(SideBySideOptions options, PrintStream out) {
		Layout layout = Layout.detect(options.nodeModules());
		NodeSetup node = NodeSetup.check(layout);
		if (node.kinesisLocalMissing() != null) {
			throw new IllegalStateException(
					"every contender writes through a Kinesis API, and kinesis-local cannot run: "
							+ node.kinesisLocalMissing());
		}
		if (node.leoSdkMissing() != null) {
			out.println("The leo-sdk (Node) contenders are skipped: " + node.leoSdkMissing());
		}
		clearLogs(layout.logs());
		double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Report report = new Report();
		report.header(String.format(Locale.ROOT,
				"%s; Java %s, %d cores; read %,d events, write/enrich %,d, memory %,d; %d repetition(s) of the A/B "
						+ "scenarios, alternating order",
				Instant.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				options.events(), options.writeEvents(), options.memoryEvents(), options.repeat()));
		report.header("Every figure is a median; whole = wall time of the process from spawn to exit; steady = events "
				+ "per second from first to last event, as the process reported it. Logs: " + layout.logs());
		if (!options.javaOptions().isEmpty()) {
			report.header("JVM options of the Java contenders: " + String.join(" ", options.javaOptions()));
		}
		ProcessRunner runner = new ProcessRunner();
		try (KinesisLocalServer kinesis = KinesisLocalServer.start(layout);
				StandaloneBus bus = StandaloneBus.start(layout, kinesis.endpoint(), BUS_HEAP);
				StopOnExit stop = new StopOnExit(runner::killCurrent, bus, kinesis)) {
			out.println("kinesis-local at " + kinesis.endpoint() + "; standalone bus at " + bus.environment().dynamodb()
					+ " (DynamoDB and S3), polling it");
			QueueFiller filler = new QueueFiller(bus.environment(), out);
			if (options.runs("read")) {
				filler.fill(Scenario.READ_QUEUE, options.events());
			}
			if (options.runs("enrich")) {
				filler.fill(Scenario.ENRICH_QUEUE, options.writeEvents());
			}
			if (options.runs("memory")) {
				filler.fill(Scenario.MEMORY_QUEUE, options.memoryEvents());
			}
			Bench bench = new Bench(options,
					new Launcher(layout, bus.environment(), options.processTimeout(), options.javaOptions()), runner,
					node.leoSdkMissing(), out);
			for (Scenario scenario : SCENARIOS) {
				if (options.runs(scenario.key())) {
					scenario.run(bench, report);
				}
			}
		}
		// on a shared machine the other processes' load is part of every figure
		report.header(
				String.format(Locale.ROOT, "1-minute load average of the machine: %.1f at the start, %.1f at the end",
						loadAtStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		return report;
	}

	/** The logs of an earlier comparison would be mistaken for this one's. */
	private static void clearLogs(Path logs) {
		if (!Files.isDirectory(logs)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(logs, "*.log")) {
			for (Path file : files) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot clear " + logs + ": " + ex, ex);
		}
	}

}
