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

import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

/**
 * How a process ended: its exit code, its wall time from spawn to exit, and the last
 * {@code BENCH} line it printed (parsed), or {@code null} when it printed none.
 *
 * @param failure why the run does not count ({@code null} when it does)
 */
public record ProcessResult(String label, int exitCode, long wallNanos, JsonNode result, Path log, String failure) {

	/** This result, not counted, for {@code reason}. */
	ProcessResult failed(String reason) {
		return new ProcessResult(label, exitCode, wallNanos, result, log, reason);
	}

	public boolean ok() {
		return failure == null;
	}

	public double wallSeconds() {
		return wallNanos / 1e9;
	}

	/** The events the process reported, or -1. */
	public long count() {
		return result == null || !result.has("count") ? -1 : result.get("count").asLong();
	}

	/** Its steady-state events per second, or 0. */
	public double rate() {
		return number("rate");
	}

	/** A numeric field of its result line, or 0. */
	public double number(String field) {
		return result == null || !result.has(field) ? 0 : result.get(field).asDouble();
	}

}
