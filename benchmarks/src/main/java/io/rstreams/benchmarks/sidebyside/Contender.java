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

import java.util.function.IntFunction;

/**
 * One side of a comparison: a key the ratios refer to, a label for the report, whether it
 * needs leo-sdk, and the command of its run number {@code n} (each run gets fresh bot ids
 * and output queues from it).
 */
record Contender(String key, String label, boolean node, IntFunction<Command> command) {

	static Contender java(String key, String label, IntFunction<Command> command) {
		return new Contender(key, label, false, command);
	}

	static Contender node(String key, String label, IntFunction<Command> command) {
		return new Contender(key, label, true, command);
	}

}
