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
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * Whether the Node side can run: {@code node} on the PATH, kinesis-local (without it no
 * process can write to the standalone bus, so nothing can be compared) and leo-sdk with
 * aws-sdk (the Node contenders). Each missing piece comes with a sentence that says what
 * to do.
 *
 * @param kinesisLocalMissing why kinesis-local cannot run, or {@code null}
 * @param leoSdkMissing why the leo-sdk contenders cannot run, or {@code null}
 */
public record NodeSetup(String kinesisLocalMissing, String leoSdkMissing) {

	private static final String INSTALL = "run (cd interop-tests/src/test/node && npm ci) once (the Maven build of "
			+ "interop-tests does it when npm is on the PATH)";

	public static NodeSetup check(Layout layout) {
		String node = nodeMissing();
		if (node != null) {
			return new NodeSetup(node, node);
		}
		String kinesis = missing(layout, "kinesis-local/main.js");
		String leo = missing(layout, "leo-sdk/package.json");
		if (leo == null) {
			leo = missing(layout, "aws-sdk/package.json");
		}
		return new NodeSetup(kinesis, leo);
	}

	private static String missing(Layout layout, String file) {
		return Files.exists(layout.nodeModules().resolve(file)) ? null
				: layout.nodeModules().resolve(file) + " is not installed: " + INSTALL;
	}

	private static String nodeMissing() {
		try {
			Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
				p.destroyForcibly();
				return "'node --version' did not succeed; Node.js 18 or later is needed on the PATH";
			}
			return null;
		}
		catch (IOException ex) {
			return "Node.js is not installed (no 'node' on the PATH); Node.js 18 or later is needed";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted while looking for Node.js";
		}
	}

}
