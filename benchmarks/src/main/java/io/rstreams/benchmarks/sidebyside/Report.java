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
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * What a comparison found, printed at the end: per scenario each contender's median
 * whole-process time and steady-state rate, then the ratios and the targets (PASS
 * / FAIL / NOT MEASURED: the targets are reported, never enforced).
 */
public final class Report {

	/** A scenario's table. */
	public record Section(String title, List<ContenderRuns> rows, List<String> notes) {
	}

	/** A ratio of two medians; NaN when one side has no figure. */
	public record Ratio(String label, double value) {
	}

	public enum Verdict {

		PASS, FAIL, NOT_MEASURED

	}

	public record Target(String goal, Verdict verdict, String detail) {
	}

	private final List<String> header = new ArrayList<>();

	private final List<Section> sections = new ArrayList<>();

	private final List<Ratio> ratios = new ArrayList<>();

	private final List<Target> targets = new ArrayList<>();

	void header(String line) {
		header.add(line);
	}

	void section(String title, List<ContenderRuns> rows, List<String> notes) {
		sections.add(new Section(title, List.copyOf(rows), List.copyOf(notes)));
	}

	/** Adds {@code numerator / denominator} as {@code label}; returns it. */
	double ratio(String label, double numerator, double denominator) {
		double value = numerator / denominator;
		ratios.add(new Ratio(label, Double.isFinite(value) ? value : Double.NaN));
		return ratios.get(ratios.size() - 1).value();
	}

	/**
	 * Adds a target met when {@code pass} holds for {@code value} (NaN: not measured).
	 */
	void target(String goal, double value, DoublePredicate pass, String detail) {
		Verdict verdict = Double.isNaN(value) ? Verdict.NOT_MEASURED : pass.test(value) ? Verdict.PASS : Verdict.FAIL;
		targets.add(new Target(goal, verdict, detail));
	}

	public List<Section> sections() {
		return List.copyOf(sections);
	}

	public List<Ratio> ratios() {
		return List.copyOf(ratios);
	}

	public List<Target> targets() {
		return List.copyOf(targets);
	}

	/** Every contender's runs, all scenarios. */
	public List<ContenderRuns> runs() {
		return sections.stream().flatMap(s -> s.rows().stream()).toList();
	}

	/** Whether a run failed (a harness or contender error, not a missed target). */
	public boolean anyRunFailed() {
		return runs().stream().anyMatch(r -> r.ok().size() < r.runs().size());
	}

	void print(PrintStream out) {
		out.println();
		out.println("==================== Side-by-side results ====================");
		header.forEach(line -> out.println(line));
		for (Section section : sections) {
			out.println();
			out.println(section.title());
			out.printf("  %-46s %14s %18s %12s %6s%n", "contender", "whole process", "steady state", "events", "runs");
			for (ContenderRuns row : section.rows()) {
				if (row.skipped() != null) {
					out.printf("  %-46s skipped: %s%n", row.label(), row.skipped());
					continue;
				}
				out.printf("  %-46s %14s %18s %12s %6s%n", row.label(), seconds(row.wallSeconds()), rate(row.rate()),
						events(row), row.ok().size() + "/" + row.runs().size());
			}
			section.notes().forEach(note -> out.println("  " + note));
		}
		out.println();
		out.println("Ratios (of medians)");
		for (Ratio ratio : ratios) {
			out.printf("  %-92s %s%n", ratio.label(),
					Double.isNaN(ratio.value()) ? "n/a" : String.format(Locale.ROOT, "%.2fx", ratio.value()));
		}
		out.println();
		out.println("Issue targets (reported, not enforced)");
		for (Target target : targets) {
			out.printf("  %-13s %s%s%n", "[" + target.verdict().name().replace('_', ' ') + "]", target.goal(),
					target.detail().isEmpty() ? "" : "  (" + target.detail() + ")");
		}
		if (anyRunFailed()) {
			out.println();
			out.println("Some runs FAILED: see the messages above and the logs under the logs directory.");
		}
	}

	static String seconds(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f s", value);
	}

	static String rate(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f ev/s", value);
	}

	private static String events(ContenderRuns row) {
		long min = row.ok().stream().mapToLong(ProcessResult::count).min().orElse(-1);
		long max = row.ok().stream().mapToLong(ProcessResult::count).max().orElse(-1);
		if (min < 0) {
			return "-";
		}
		return min == max ? String.format(Locale.ROOT, "%,d", min) : String.format(Locale.ROOT, "%,d-%,d", min, max);
	}

}
