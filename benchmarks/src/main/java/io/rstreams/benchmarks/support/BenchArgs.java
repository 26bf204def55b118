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
package io.rstreams.benchmarks.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --name=value} arguments the harness passes to the plain Java contenders (the
 * Spring Boot applications get the same text as Spring properties).
 */
public final class BenchArgs {

	private final Map<String, String> values = new LinkedHashMap<>();

	private BenchArgs() {
	}

	public static BenchArgs parse(String... args) {
		BenchArgs parsed = new BenchArgs();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				throw new IllegalArgumentException("Expected --name=value, got '" + arg + "'");
			}
			parsed.values.put(arg.substring(2, eq), arg.substring(eq + 1));
		}
		return parsed;
	}

	/**
	 * @throws IllegalArgumentException naming the argument when it is missing
	 */
	public String require(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("Missing --" + name + "=...");
		}
		return value;
	}

	public long requireLong(String name) {
		return Long.parseLong(require(name));
	}

}
