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

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.rstreams.benchmarks.support.BusEnvironment;
import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * The one standalone local bus of a comparison: {@code io.rstreams.localbus.LocalBusMain}
 * in its own JVM (the module's class path, so the bus of this checkout), on a free port,
 * polling kinesis-local. Ready when it has printed the environment an application needs
 * (README "Standalone local bus"); that printed environment is what every contender gets.
 * Stopped with SIGTERM, which runs its shutdown hook.
 */
final class StandaloneBus implements AutoCloseable {

	private static final Duration START = Duration.ofSeconds(90);

	private static final String EXPORT = "export ";

	private final Process process;

	private final BusEnvironment environment;

	private StandaloneBus(Process process, BusEnvironment environment) {
		this.process = process;
		this.environment = environment;
	}

	static StandaloneBus start(Layout layout, URI kinesis, String heap) {
		Path log = layout.logs().resolve("local-bus.log");
		try {
			Files.createDirectories(layout.logs());
			List<String> command = List.of(Launcher.java(), "-Xmx" + heap, "-cp", layout.classpath(),
					"io.rstreams.localbus.LocalBusMain", "--port", "0", "--name", "BenchBus", "--kinesis-endpoint",
					kinesis.toString());
			Process process = new ProcessBuilder(command).directory(layout.module().toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Map<String, String> printed = new HashMap<>();
			try {
				await().atMost(START)
					.pollInterval(Duration.ofMillis(100))
					.until(() -> !process.isAlive() || parse(log, printed));
			}
			catch (ConditionTimeoutException ex) {
				ProcessRunner.kill(process);
				throw new IllegalStateException("The standalone bus printed no environment within " + START
						+ "; its output:\n" + ProcessRunner.tail(log), ex);
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("The standalone bus exited with code " + process.exitValue()
						+ "; its output:\n" + ProcessRunner.tail(log));
			}
			return new StandaloneBus(process, BusEnvironment.from(printed));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the standalone bus: " + ex, ex);
		}
	}

	/**
	 * Reads the {@code export NAME=value} lines printed so far into {@code printed}; true
	 * once all of the bus's are there.
	 */
	private static boolean parse(Path log, Map<String, String> printed) throws IOException {
		for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			String text = line.strip();
			if (!text.startsWith(EXPORT)) {
				continue;
			}
			// one line may export several variables (the AWS_* line)
			for (String assignment : text.substring(EXPORT.length()).split(" (?=[A-Z_]+=)")) {
				int eq = assignment.indexOf('=');
				if (eq > 0) {
					printed.put(assignment.substring(0, eq), unquote(assignment.substring(eq + 1)));
				}
			}
		}
		return printed.containsKey(BusEnvironment.RSTREAMS_CONFIG) && printed.containsKey(BusEnvironment.DYNAMODB)
				&& printed.containsKey(BusEnvironment.S3) && printed.containsKey(BusEnvironment.KINESIS)
				&& printed.containsKey("AWS_REGION");
	}

	private static String unquote(String value) {
		return value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
				? value.substring(1, value.length() - 1) : value;
	}

	BusEnvironment environment() {
		return environment;
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(15, TimeUnit.SECONDS)) {
					ProcessRunner.kill(process);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				ProcessRunner.kill(process);
			}
		}
	}

}
