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
package io.rstreams.benchmarks.apps;

import java.util.Arrays;

import io.rstreams.benchmarks.support.ResultLine;

/**
 * End-to-end latencies of the events a pipeline's last bot received: receipt time minus
 * {@code event_source_timestamp}, both wall-clock milliseconds of one machine. Events of
 * the warm-up (numbers below {@code warmup}) are received but not recorded.
 */
final class LatencyRecorder {

	private final long warmup;

	private final long total;

	private final long[] latencies;

	private int recorded;

	private long received;

	private long first;

	private long last;

	private boolean done;

	LatencyRecorder(long warmup, long total) {
		this.warmup = warmup;
		this.total = total;
		this.latencies = new long[(int) Math.max(0, total - warmup)];
	}

	/**
	 * @return true when this was the last expected event
	 */
	synchronized boolean received(long n, long eventSourceTimestamp) {
		long now = System.currentTimeMillis();
		received++;
		if (n >= warmup && n < total && recorded < latencies.length) {
			if (recorded == 0) {
				first = System.nanoTime();
			}
			latencies[recorded++] = now - eventSourceTimestamp;
			last = System.nanoTime();
		}
		boolean finished = !done && received >= total;
		done |= finished;
		return finished;
	}

	/** The percentiles of what was recorded (nearest rank). */
	synchronized ResultLine result() {
		long[] sorted = Arrays.copyOf(latencies, recorded);
		Arrays.sort(sorted);
		ResultLine line = ResultLine.steady(recorded, first, last).put("expected", total - warmup);
		if (sorted.length > 0) {
			line.put("p50Ms", percentile(sorted, 50))
				.put("p95Ms", percentile(sorted, 95))
				.put("p99Ms", percentile(sorted, 99))
				.put("maxMs", sorted[sorted.length - 1])
				.put("minMs", sorted[0]);
		}
		return line;
	}

	private static long percentile(long[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
