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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Node.js and the npm packages of {@code src/test/node} (installed by this module's build
 * with {@code npm ci}). Tests that need them call {@link #assumeAvailable()}: without
 * Node, or before the packages are installed, they are skipped with the reason, never
 * failed.
 */
public final class NodeRuntime {

	private static final List<String> PACKAGES = List.of("leo-sdk/package.json", "aws-sdk/package.json",
			"kinesis-local/main.js");

	private static volatile String unavailable;

	private static volatile boolean checked;

	private NodeRuntime() {
	}

	/**
	 * {@code src/test/node} of this module (surefire passes it; the working directory is
	 * the module).
	 */
	public static Path dir() {
		return Path.of(System.getProperty("rstreams.interop.node-dir", "src/test/node")).toAbsolutePath();
	}

	/**
	 * Skips the calling test (class) with the reason when Node or the npm packages are
	 * missing.
	 */
	public static void assumeAvailable() {
		String reason = unavailableReason();
		Assumptions.assumeTrue(reason == null, () -> "Skipped: " + reason);
	}

	/**
	 * Like {@link #assumeAvailable()}, and also skips when one of {@code files} (paths
	 * under {@code node_modules}) is missing: a checkout whose packages were installed
	 * from an older lockfile.
	 */
	public static void assumeInstalled(String... files) {
		assumeAvailable();
		for (String file : files) {
			Assumptions.assumeTrue(Files.exists(dir().resolve("node_modules").resolve(file)),
					() -> "Skipped: node_modules/" + file + " is not installed in " + dir()
							+ "; the Maven build of interop-tests runs 'npm ci' there when npm is on the PATH");
		}
	}

	/** Why Node tests cannot run here, or {@code null} when they can. */
	public static synchronized String unavailableReason() {
		if (!checked) {
			unavailable = check();
			checked = true;
		}
		return unavailable;
	}

	private static String check() {
		try {
			Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
				p.destroyForcibly();
				return "'node --version' did not succeed; these tests need Node.js 18 or later on the PATH";
			}
		}
		catch (IOException ex) {
			return "Node.js is not installed (no 'node' on the PATH); these tests need Node.js 18 or later";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted while looking for Node.js";
		}
		for (String p : PACKAGES) {
			if (!Files.exists(dir().resolve("node_modules").resolve(p))) {
				return "the npm packages are not installed in " + dir() + " (missing node_modules/" + p
						+ "); the Maven build of interop-tests runs 'npm ci' there when npm is on the PATH";
			}
		}
		return null;
	}

	/**
	 * Runs {@code node <script>} in {@link #dir()} with {@code env} added to this
	 * process's environment (a {@code null} value removes the variable).
	 * @return the script's output (stdout and stderr together)
	 * @throws AssertionError when it fails or times out, with its output
	 */
	public static String run(String script, Map<String, String> env, Duration timeout) {
		Path log = null;
		try {
			log = Files.createTempFile("node-" + script.replace('/', '_') + "-", ".log");
			ProcessBuilder builder = new ProcessBuilder("node", script).directory(dir().toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			env.forEach((name, value) -> {
				if (value == null) {
					builder.environment().remove(name);
				}
				else {
					builder.environment().put(name, value);
				}
			});
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new AssertionError(
						"node " + script + " did not finish within " + timeout + "; its output:\n" + read(log));
			}
			String output = read(log);
			if (process.exitValue() != 0) {
				throw new AssertionError("node " + script + " failed with exit code " + process.exitValue()
						+ "; its output:\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new AssertionError("Could not run node " + script + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while running node " + script, ex);
		}
		finally {
			if (log != null) {
				try {
					Files.deleteIfExists(log);
				}
				catch (IOException ignored) {
					// a temp file
				}
			}
		}
	}

	private static String read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		return text.length() > 20_000 ? "..." + text.substring(text.length() - 20_000) : text;
	}

}
