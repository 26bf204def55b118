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

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the scenarios share: the options, the launcher, the runner, whether leo-sdk can
 * run, and the way contenders take turns. In the A/B scenarios each repetition runs every
 * contender once, in the listed order on odd repetitions and reversed on even ones (A B
 * C, C B A, A B C, ...), so that no contender always follows the same one (the bus's
 * state, the page cache, the other engineers' load on the machine).
 */
final class Bench {

	private final SideBySideOptions options;

	private final Launcher launcher;

	private final ProcessRunner runner;

	private final String leoSdkMissing;

	private final PrintStream out;

	Bench(SideBySideOptions options, Launcher launcher, ProcessRunner runner, String leoSdkMissing, PrintStream out) {
		this.options = options;
		this.launcher = launcher;
		this.runner = runner;
		this.leoSdkMissing = leoSdkMissing;
		this.out = out;
	}

	SideBySideOptions options() {
		return options;
	}

	Launcher launch() {
		return launcher;
	}

	/**
	 * {@code repeat} alternating runs of each contender; a run counts only if it reports
	 * exactly {@code expected} events.
	 */
	List<ContenderRuns> alternate(String scenario, List<Contender> contenders, long expected) {
		return runs(scenario, contenders, options.repeat(), expected);
	}

	/** One run of each contender (which must report {@code expected} events). */
	List<ContenderRuns> once(String scenario, List<Contender> contenders, long expected) {
		return runs(scenario, contenders, 1, expected);
	}

	private List<ContenderRuns> runs(String scenario, List<Contender> contenders, int repeat, long expected) {
		Map<Contender, List<ProcessResult>> results = new LinkedHashMap<>();
		contenders.forEach(c -> results.put(c, new ArrayList<>()));
		for (int rep = 1; rep <= repeat; rep++) {
			List<Contender> order = new ArrayList<>(contenders);
			if (rep % 2 == 0) {
				Collections.reverse(order);
			}
			for (Contender contender : order) {
				if (skipReason(contender) != null) {
					continue;
				}
				ProcessResult result = checked(runner.run(contender.command().apply(rep)), expected);
				results.get(contender).add(result);
				progress(scenario, contender, rep, repeat, result);
			}
		}
		List<ContenderRuns> rows = new ArrayList<>();
		for (Contender contender : contenders) {
			String skipped = skipReason(contender);
			rows.add(skipped != null ? ContenderRuns.skipped(scenario, contender, skipped)
					: new ContenderRuns(scenario, contender.key(), contender.label(), results.get(contender), null));
		}
		return rows;
	}

	/**
	 * Another count than asked for is no measurement: events lost, or stored twice (a
	 * writer some of whose events were stored twice, e.g. after a PutRecords retried on a
	 * late answer, reaches its count early).
	 */
	private static ProcessResult checked(ProcessResult result, long expected) {
		if (!result.ok() || result.count() == expected) {
			return result;
		}
		return result.failed(String.format(Locale.ROOT, "reported %,d events, not %,d (%s)", result.count(), expected,
				result.count() > expected ? "events stored more than once" : "events missing"));
	}

	private String skipReason(Contender contender) {
		return contender.node() ? leoSdkMissing : null;
	}

	private void progress(String scenario, Contender contender, int rep, int repeat, ProcessResult result) {
		String head = String.format(Locale.ROOT, "[%s] %-46s run %d/%d: ", scenario, contender.label(), rep, repeat);
		if (result.ok()) {
			out.printf(Locale.ROOT, "%s%s whole, %s steady, %,d events%n", head, Report.seconds(result.wallSeconds()),
					Report.rate(result.rate()), result.count());
		}
		else {
			out.println(head + "FAILED: " + result.failure() + "\n  (log: " + result.log() + ")");
		}
		out.flush();
	}

	PrintStream out() {
		return out;
	}

	/** The runs of {@code key} among {@code rows}. */
	static ContenderRuns find(List<ContenderRuns> rows, String key) {
		return rows.stream()
			.filter(r -> r.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No contender " + key));
	}

}
