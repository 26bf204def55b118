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
package io.rstreams.interop.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * kinesis-local (kinesis-mock packaged for npm) as a child process on free ports. It
 * reads {@code server.json} from its working directory, so it runs in its own package
 * folder; it listens on every interface, so clients connect to 127.0.0.1 only
 * (local-infra.md 2b). Streams become ACTIVE at once
 * ({@code CREATE_STREAM_DURATION=0ms}).
 */
public final class KinesisLocal implements AutoCloseable {

	private final Process process;

	private final URI endpoint;

	private final Path log;

	private KinesisLocal(Process process, URI endpoint, Path log) {
		this.process = process;
		this.endpoint = endpoint;
		this.log = log;
	}

	public static KinesisLocal start() {
		Path packageDir = NodeRuntime.dir().resolve("node_modules/kinesis-local");
		int plain = freePort();
		int tls = freePort();
		try {
			Path log = Files.createTempFile("kinesis-local-", ".log");
			ProcessBuilder builder = new ProcessBuilder("node", "main.js").directory(packageDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("KINESIS_MOCK_PLAIN_PORT", String.valueOf(plain));
			builder.environment().put("KINESIS_MOCK_TLS_PORT", String.valueOf(tls));
			builder.environment().put("CREATE_STREAM_DURATION", "0ms");
			builder.environment().put("DELETE_STREAM_DURATION", "0ms");
			builder.environment().put("LOG_LEVEL", "WARN");
			builder.environment().put("AWS_REGION", "us-east-1");
			KinesisLocal kinesis = new KinesisLocal(builder.start(), URI.create("http://127.0.0.1:" + plain), log);
			Runtime.getRuntime().addShutdownHook(new Thread(kinesis::close, "kinesis-local-stop"));
			try {
				await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(50))
					.until(() -> kinesis.exited() || accepts(plain));
			}
			catch (ConditionTimeoutException ex) {
				kinesis.close();
				throw new IllegalStateException("kinesis-local did not listen on port " + plain + " within 60 s; its "
						+ "output:\n" + kinesis.output(), ex);
			}
			if (kinesis.exited()) {
				throw new IllegalStateException("kinesis-local exited with code " + kinesis.process.exitValue()
						+ "; its output:\n" + kinesis.output());
			}
			return kinesis;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start kinesis-local in " + packageDir + ": " + ex, ex);
		}
	}

	/** The plain HTTP endpoint on loopback. */
	public URI endpoint() {
		return endpoint;
	}

	boolean exited() {
		return !process.isAlive();
	}

	/** What kinesis-local printed so far (for failure messages). */
	public String output() {
		try {
			return Files.readString(log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no output: " + ex + ")";
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port", ex);
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
			try {
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		}
		try {
			Files.deleteIfExists(log);
		}
		catch (IOException ignored) {
			// a temp file
		}
	}

}
