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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * An npm package's server (dynalite, s3rver) as a child process of the test JVM, bound to
 * a free loopback port, and stopped on {@link #close()} or at JVM exit. Used as an
 * independent oracle for local-aws: neither shares code or authors with it.
 */
public final class NodeServer implements AutoCloseable {

	private final String name;

	private final Process process;

	private final URI endpoint;

	private final Path log;

	private NodeServer(String name, Process process, URI endpoint, Path log) {
		this.name = name;
		this.process = process;
		this.endpoint = endpoint;
		this.log = log;
	}

	/** dynalite 4.x in memory; tables become ACTIVE at once (local-infra.md 1b). */
	public static NodeServer dynalite() {
		int port = freePort();
		return start("dynalite", port, List.of("node_modules/dynalite/cli.js", "--host", "127.0.0.1", "--port",
				String.valueOf(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
	}

	/**
	 * s3rver 3.x storing objects under {@code directory}, path-style only. It accepts
	 * only the access key and secret {@code S3RVER}.
	 */
	public static NodeServer s3rver(Path directory) {
		int port = freePort();
		return start("s3rver", port, List.of("node_modules/s3rver/bin/s3rver.js", "-d", directory.toString(), "-a",
				"127.0.0.1", "-p", String.valueOf(port), "-s", "--no-vhost-buckets"));
	}

	/**
	 * kinesis-local (kinesis-mock packaged for npm). It reads {@code server.json} from
	 * its working directory, so it runs in its own package folder; it listens on every
	 * interface, so clients connect to 127.0.0.1 only (local-infra.md 2b). Streams become
	 * ACTIVE at once.
	 */
	public static NodeServer kinesisLocal() {
		int plain = freePort();
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("KINESIS_MOCK_PLAIN_PORT", String.valueOf(plain));
		environment.put("KINESIS_MOCK_TLS_PORT", String.valueOf(freePort()));
		environment.put("CREATE_STREAM_DURATION", "0ms");
		environment.put("DELETE_STREAM_DURATION", "0ms");
		environment.put("LOG_LEVEL", "WARN");
		environment.put("AWS_REGION", "us-east-1");
		return start("kinesis-local", plain, NodeRuntime.dir().resolve("node_modules/kinesis-local"),
				List.of("main.js"), environment);
	}

	private static NodeServer start(String name, int port, List<String> arguments) {
		return start(name, port, NodeRuntime.dir(), arguments, Map.of());
	}

	private static NodeServer start(String name, int port, Path directory, List<String> arguments,
			Map<String, String> environment) {
		List<String> command = new ArrayList<>();
		command.add("node");
		command.addAll(arguments);
		try {
			Path log = Files.createTempFile(name + "-", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			NodeServer server = new NodeServer(name, process, URI.create("http://127.0.0.1:" + port), log);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, name + "-stop"));
			try {
				await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(50))
					.until(() -> !process.isAlive() || accepts(port));
			}
			catch (ConditionTimeoutException ex) {
				server.close();
				throw new IllegalStateException(
						name + " did not listen on port " + port + " within 60 s; its output:\n" + server.output(), ex);
			}
			if (!process.isAlive()) {
				throw new IllegalStateException(
						name + " exited with code " + process.exitValue() + "; its output:\n" + server.output());
			}
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + name + " in " + directory + ": " + ex, ex);
		}
	}

	/** The HTTP endpoint on loopback. */
	public URI endpoint() {
		return endpoint;
	}

	/** What the server printed so far (for failure messages). */
	public String output() {
		try {
			return Files.readString(log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no output of " + name + ": " + ex + ")";
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
