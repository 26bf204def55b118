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
package io.rstreams.benchmarks;

import java.util.Arrays;

import io.rstreams.benchmarks.sidebyside.SideBySide;

/**
 * The shaded jar's entry point: {@code side-by-side} runs the comparison on a standalone
 * bus ({@link SideBySide}); anything else goes to JMH, as before
 * ({@code java -jar benchmarks.jar CodecBenchmark}).
 */
public final class BenchmarksMain {

	private BenchmarksMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("side-by-side")) {
			SideBySide.main(Arrays.copyOfRange(args, 1, args.length));
		}
		else {
			org.openjdk.jmh.Main.main(args);
		}
	}

}
