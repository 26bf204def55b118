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

import java.util.ArrayList;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;

import static org.awaitility.Awaitility.await;

/**
 * The standalone local bus as a user runs it: {@code java -jar} of the jar local-bus
 * builds, in its own process, with nothing else running, and what it printed for bots to
 * join, read back from its output the way a person copies it ({@code export NAME=value}
 * lines). Closing it sends SIGTERM, which runs the bus's shutdown hook as Ctrl-C does.
 */
public final class StandaloneBus implements AutoCloseable {

	/** Set by this module's build to the jar local-bus packages. */
	private static final String JAR_PROPERTY = "rstreams.interop.standalone-jar";

	private static final Pattern EXPORT = Pattern.compile("([A-Z][A-Z0-9_]*)=('[^']*'|\\S+)");

	private final Process process;

	private final Path output;

	private final Map<String, String> printed;

	private StandaloneBus(Process process, Path output, Map<String, String> printed) {
		this.process = process;
		this.output = output;
		this.printed = printed;
	}

	/** The jar, or skips the calling test with the reason when it was not built. */
	public static Path assumeJar() {
		String jar = System.getProperty(JAR_PROPERTY);
		Assumptions.assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)),
				() -> "Skipped: the standalone jar (" + jar + ") is not built; it is made by the package phase of "
						+ "local-bus, e.g. ./mvnw -pl interop-tests -am verify");
		return Path.of(jar);
	}

	/** Runs {@code java -jar <jar> --name <name> ...args} and waits until it is ready. */
	public static StandaloneBus start(Path jar, String name, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java", "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--name", name));
		command.addAll(List.of(args));
		Path output = Files.createTempFile("standalone-bus-", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		StandaloneBus bus = new StandaloneBus(process, output, new LinkedHashMap<>());
		try {
			await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> !process.isAlive() || bus.output().contains("\nReady.\n"));
		}
		catch (ConditionTimeoutException ex) {
			bus.close();
			throw new IllegalStateException(
					"The standalone bus was not ready within 90 s; its output:\n" + bus.output(), ex);
		}
		if (!process.isAlive()) {
			throw new IllegalStateException(
					"The standalone bus exited with code " + process.exitValue() + "; its output:\n" + bus.output());
		}
		bus.printed.putAll(exports(bus.output()));
		return bus;
	}

	/**
	 * The variables of every {@code export} line; a name printed twice must have one
	 * value.
	 */
	private static Map<String, String> exports(String text) {
		Map<String, String> found = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			String trimmed = line.trim();
			if (!trimmed.startsWith("export ")) {
				continue;
			}
			Matcher m = EXPORT.matcher(trimmed.substring("export ".length()));
			while (m.find()) {
				String value = m.group(2);
				if (value.startsWith("'")) {
					value = value.substring(1, value.length() - 1);
				}
				String before = found.putIfAbsent(m.group(1), value);
				if (before != null && !before.equals(value)) {
					throw new IllegalStateException(
							"The bus printed two values of " + m.group(1) + ": " + before + " and " + value);
				}
			}
		}
		return found;
	}

	/** Every variable the bus told bots to export, by name. */
	public Map<String, String> printed() {
		return Map.copyOf(printed);
	}

	/** One printed variable; fails if the bus did not print it. */
	public String printed(String name) {
		String value = printed.get(name);
		if (value == null) {
			throw new AssertionError("The standalone bus printed no " + name + "; its output:\n" + output());
		}
		return value;
	}

	public long pid() {
		return process.pid();
	}

	/** What the bus printed so far. */
	public String output() {
		try {
			return Files.readString(output, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no output: " + ex + ")";
		}
	}

	/**
	 * SIGTERM, as Ctrl-C: the shutdown hook stops the bus.
	 * @return the exit code, or -1 if it had to be killed
	 */
	public int stop() {
		process.destroy();
		try {
			if (process.waitFor(30, TimeUnit.SECONDS)) {
				return process.exitValue();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process.destroyForcibly();
		return -1;
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			stop();
		}
		try {
			Files.deleteIfExists(output);
		}
		catch (IOException ignored) {
			// a temp file
		}
	}

}
