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

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side-by-side harness on a tiny queue, in the normal build: read, write and enrich,
 * one run of each contender, 2,000 events, every process on one standalone bus, and each
 * reported all the events at a positive rate. The Java contenders run on C1 and the
 * serial collector here, which halves Spring Boot's start on a small machine (the real
 * comparison uses the JVM's defaults). Skipped without Node.js and kinesis-local (the
 * interop tests' npm packages), since nothing can write to a standalone bus without a
 * Kinesis API; the leo-sdk contenders alone are skipped when only leo-sdk is missing.
 */
class SideBySideSmokeTest {

	private static final long EVENTS = 2_000;

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void everyContenderOfReadWriteAndEnrichReportsAllEventsAtAPositiveRate() {
		Layout layout = Layout.detect(null);
		NodeSetup node = NodeSetup.check(layout);
		Assumptions.assumeTrue(node.kinesisLocalMissing() == null, () -> "Skipped: " + node.kinesisLocalMissing());

		// a process that hangs fails its run after 150 s (and the test), rather than the
		// test timing out
		Report report = SideBySide.run(SideBySideOptions.parse("--events", String.valueOf(EVENTS), "--write-events",
				String.valueOf(EVENTS), "--repeat", "1", "--only", "read,write,enrich", "--process-timeout", "150",
				"--java-options", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), System.out);
		report.print(System.out);

		assertThat(report.sections()).hasSize(3);
		assertThat(report.runs()).hasSize(11);
		for (ContenderRuns row : report.runs()) {
			if (row.skipped() != null) {
				assertThat(node.leoSdkMissing()).as("only leo-sdk contenders are skipped, and only without leo-sdk")
					.isNotNull();
				continue;
			}
			assertThat(row.runs()).as(row.scenario() + " / " + row.label()).hasSize(1);
			ProcessResult run = row.runs().get(0);
			assertThat(run.failure()).as(row.scenario() + " / " + row.label()).isNull();
			assertThat(run.count()).as(row.scenario() + " / " + row.label() + ": events").isEqualTo(EVENTS);
			assertThat(run.rate()).as(row.scenario() + " / " + row.label() + ": steady rate").isPositive();
			assertThat(run.wallNanos()).isPositive();
		}
	}

}
