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
import java.util.function.ToDoubleFunction;

/**
 * The runs of one contender in one scenario, and their medians (over the runs that
 * counted), or why it was skipped.
 *
 * @param skipped why it did not run, or {@code null}
 */
public record ContenderRuns(String scenario, String key, String label, List<ProcessResult> runs, String skipped) {

	static ContenderRuns skipped(String scenario, Contender contender, String reason) {
		return new ContenderRuns(scenario, contender.key(), contender.label(), List.of(), reason);
	}

	public List<ProcessResult> ok() {
		return runs.stream().filter(ProcessResult::ok).toList();
	}

	/** Whether there is a figure (at least one run that counted). */
	public boolean measured() {
		return !ok().isEmpty();
	}

	/** Median whole-process wall time in seconds (NaN without a run). */
	public double wallSeconds() {
		return median(ProcessResult::wallSeconds);
	}

	/** Median steady-state events per second (NaN without a run). */
	public double rate() {
		return median(ProcessResult::rate);
	}

	/** Median of a numeric result field (NaN without a run). */
	public double median(String field) {
		return median(r -> r.number(field));
	}

	private double median(ToDoubleFunction<ProcessResult> figure) {
		double[] values = ok().stream().mapToDouble(figure).sorted().toArray();
		if (values.length == 0) {
			return Double.NaN;
		}
		int mid = values.length / 2;
		return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
	}

}
