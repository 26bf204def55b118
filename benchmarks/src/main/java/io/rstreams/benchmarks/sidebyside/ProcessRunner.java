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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.rstreams.benchmarks.support.ResultLine;
import io.rstreams.client.Json;
import tools.jackson.databind.JsonNode;

/**
 * Runs one {@link Command} as an OS process and times it whole: from just before the
 * spawn to its exit, so JVM or Node start-up, Spring Boot's start and shutdown are in the
 * figure. Output (stdout and stderr) goes to the command's log file, read after the exit
 * for the process's {@code BENCH} line. A process that times out is killed with its
 * children; one that fails, or prints no result, is reported with the end of its log.
 */
public final class ProcessRunner {

	private static final int TAIL_CHARS = 4000;

	/** The process running now, for {@link #killCurrent()}. */
	private volatile Process current;

	public ProcessResult run(Command command) {
		try {
			Files.createDirectories(command.log().getParent());
			ProcessBuilder builder = new ProcessBuilder(command.argv()).directory(command.directory().toFile())
				.redirectErrorStream(true)
				.redirectOutput(command.log().toFile());
			command.environment().forEach((name, value) -> {
				if (value == null) {
					builder.environment().remove(name);
				}
				else {
					builder.environment().put(name, value);
				}
			});
			long start = System.nanoTime();
			Process process = builder.start();
			current = process;
			boolean exited = process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS);
			long wall = System.nanoTime() - start;
			current = null;
			if (!exited) {
				kill(process);
				return new ProcessResult(command.label(), -1, wall, lastResult(command.log()), command.log(),
						"did not finish within " + command.timeout() + "; its output ends with:\n"
								+ tail(command.log()));
			}
			JsonNode result = lastResult(command.log());
			String failure = null;
			if (process.exitValue() != 0) {
				failure = "exited with code " + process.exitValue() + "; its output ends with:\n" + tail(command.log());
			}
			else if (result == null) {
				failure = "printed no " + ResultLine.PREFIX.strip() + " line; its output ends with:\n"
						+ tail(command.log());
			}
			return new ProcessResult(command.label(), process.exitValue(), wall, result, command.log(), failure);
		}
		catch (IOException ex) {
			return new ProcessResult(command.label(), -1, 0, null, command.log(), "could not be started: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new ProcessResult(command.label(), -1, 0, null, command.log(), "interrupted");
		}
	}

	/** Kills the process running now, if any (the harness is being stopped). */
	void killCurrent() {
		Process process = current;
		if (process != null) {
			kill(process);
		}
	}

	static void kill(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		try {
			process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static JsonNode lastResult(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			for (int i = lines.size() - 1; i >= 0; i--) {
				int at = lines.get(i).indexOf(ResultLine.PREFIX);
				if (at >= 0) {
					return Json.mapper().readTree(lines.get(i).substring(at + ResultLine.PREFIX.length()));
				}
			}
			return null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	static String tail(Path log) {
		try {
			String text = Files.readString(log, StandardCharsets.UTF_8);
			return text.length() > TAIL_CHARS ? "..." + text.substring(text.length() - TAIL_CHARS) : text;
		}
		catch (IOException ex) {
			return "(no output: " + ex + ")";
		}
	}

}
