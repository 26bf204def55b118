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

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the harness finds what it launches, from where its own classes are (the shaded
 * {@code target/benchmarks.jar} or {@code target/classes}): the module's runtime class
 * path ({@code target/classes} plus {@code target/benchmarks-classpath.txt}, written by
 * the build), the Node scripts ({@code src/main/node}) and the interop tests'
 * {@code node_modules} (leo-sdk, aws-sdk, kinesis-local), and where the processes' logs
 * go ({@code target/side-by-side}).
 *
 * @param module the benchmarks module's directory
 * @param classpath the class path of the Java processes, ready for {@code -cp}
 * @param nodeScripts the benchmark's own Node scripts
 * @param nodeModules the node_modules the scripts resolve modules from (NODE_PATH)
 * @param logs where each process's output is kept
 */
public record Layout(Path module, String classpath, Path nodeScripts, Path nodeModules, Path logs) {

	static final String CLASSPATH_FILE = "benchmarks-classpath.txt";

	/** Relative to the project's root directory. */
	static final String NODE_MODULES = "interop-tests/src/test/node/node_modules";

	/**
	 * @param nodeModules another node_modules directory, or {@code null} for the interop
	 * tests' one
	 * @throws IllegalStateException when the module was not built (no class path file)
	 */
	public static Layout detect(Path nodeModules) {
		return of(moduleDirectory(), nodeModules);
	}

	static Layout of(Path module, Path nodeModules) {
		Path target = module.resolve("target");
		Path classpathFile = target.resolve(CLASSPATH_FILE);
		Path classes = target.resolve("classes");
		if (!Files.isRegularFile(classpathFile) || !Files.isDirectory(classes)) {
			throw new IllegalStateException("The benchmarks module is not built (no " + classpathFile + " or " + classes
					+ "): run ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests first");
		}
		List<String> entries = new ArrayList<>();
		entries.add(classes.toString());
		try {
			String dependencies = Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
			if (!dependencies.isEmpty()) {
				entries.add(dependencies);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + classpathFile + ": " + ex, ex);
		}
		Path modules = nodeModules != null ? nodeModules.toAbsolutePath()
				: module.getParent().resolve(NODE_MODULES).normalize();
		return new Layout(module, String.join(File.pathSeparator, entries), module.resolve("src/main/node"), modules,
				target.resolve("side-by-side"));
	}

	/**
	 * {@code target/benchmarks.jar} or {@code target/classes}: either way the module is
	 * two levels up.
	 */
	private static Path moduleDirectory() {
		try {
			Path location = Path.of(Layout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return location.toAbsolutePath().getParent().getParent();
		}
		catch (URISyntaxException | RuntimeException ex) {
			throw new IllegalStateException("Cannot tell where the benchmarks module is: " + ex, ex);
		}
	}

}
