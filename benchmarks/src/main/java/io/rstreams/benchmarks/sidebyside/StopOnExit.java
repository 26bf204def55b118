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
 * Stops what the harness started (the running contender, the bus, kinesis-local) when the
 * JVM is stopped (Ctrl-C) in the middle of a comparison: child processes outlive a JVM
 * that does not stop them. Closing it at the end of a normal run removes the hook.
 */
final class StopOnExit implements AutoCloseable {

	private final Thread hook;

	StopOnExit(Runnable first, AutoCloseable... then) {
		this.hook = new Thread(() -> {
			first.run();
			for (AutoCloseable closeable : then) {
				try {
					closeable.close();
				}
				catch (Exception ignored) {
					// stopping anyway
				}
			}
		}, "side-by-side-stop");
		Runtime.getRuntime().addShutdownHook(hook);
	}

	@Override
	public void close() {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException ignored) {
			// the JVM is stopping: the hook runs
		}
	}

}
