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

/**
 * One part of the comparison: runs its contenders and adds its table, ratios and targets.
 */
interface Scenario {

	/** The pre-written queue every contender of the read scenario reads. */
	String READ_QUEUE = "bench_read";

	/** The pre-written queue the enrich contenders read. */
	String ENRICH_QUEUE = "bench_enrich_in";

	/** The pre-written queue of the memory run. */
	String MEMORY_QUEUE = "bench_memory";

	/** Its name for {@code --only}. */
	String key();

	void run(Bench bench, Report report);

}
