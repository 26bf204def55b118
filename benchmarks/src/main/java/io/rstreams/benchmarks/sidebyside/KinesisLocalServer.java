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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * kinesis-local (kinesis-mock for npm), the Kinesis API every writer of the comparison
 * puts to and the standalone bus polls, started as the README says, on free ports. It
 * reads {@code server.json} from its own folder, so it runs there; it listens on every
 * interface and is used through 127.0.0.1 only. Ready when its plain port accepts
 * connections.
 */
final class KinesisLocalServer implements AutoCloseable {

	private static final Duration START = Duration.ofSeconds(90);

	private final Process process;

	private final URI endpoint;

	private KinesisLocalServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	static KinesisLocalServer start(Layout layout) {
		int plain = FreePorts.next();
		Path log = layout.logs().resolve("kinesis-local.log");
		try {
			Files.createDirectories(layout.logs());
			ProcessBuilder builder = new ProcessBuilder(List.of("node", "main.js"))
				.directory(layout.nodeModules().resolve("kinesis-local").toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("KINESIS_MOCK_PLAIN_PORT", String.valueOf(plain));
			builder.environment().put("KINESIS_MOCK_TLS_PORT", String.valueOf(FreePorts.next()));
			builder.environment().put("CREATE_STREAM_DURATION", "0ms");
			builder.environment().put("DELETE_STREAM_DURATION", "0ms");
			builder.environment().put("LOG_LEVEL", "WARN");
			builder.environment().put("AWS_REGION", "us-east-1");
			// it keeps every record of the run in memory (a million and more events)
			builder.environment().put("NODE_OPTIONS", "--max-old-space-size=4096");
			KinesisLocalServer server = new KinesisLocalServer(builder.start(),
					URI.create("http://127.0.0.1:" + plain));
			try {
				await().atMost(START)
					.pollInterval(Duration.ofMillis(100))
					.until(() -> !server.process.isAlive() || FreePorts.accepts(plain));
			}
			catch (ConditionTimeoutException ex) {
				server.close();
				throw new IllegalStateException("kinesis-local did not listen on port " + plain + " within " + START
						+ "; its output:\n" + ProcessRunner.tail(log), ex);
			}
			if (!server.process.isAlive()) {
				throw new IllegalStateException("kinesis-local exited with code " + server.process.exitValue()
						+ "; its output:\n" + ProcessRunner.tail(log));
			}
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start kinesis-local in " + layout.nodeModules() + ": " + ex, ex);
		}
	}

	URI endpoint() {
		return endpoint;
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			ProcessRunner.kill(process);
		}
	}

}
