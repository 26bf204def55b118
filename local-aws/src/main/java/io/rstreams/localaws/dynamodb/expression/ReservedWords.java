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
package io.rstreams.localaws.dynamodb.expression;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * DynamoDB's reserved words (the 573 listed in the DynamoDB developer guide, in
 * {@code reserved-words.txt}). A bare attribute name in an expression that is one of
 * these (in any case) is rejected, so code that forgets a {@code #placeholder} fails here
 * as it would on AWS.
 */
final class ReservedWords {

	private static final Set<String> WORDS = load();

	private ReservedWords() {
	}

	static boolean isReserved(String name) {
		return WORDS.contains(name.toUpperCase(Locale.ROOT));
	}

	static int count() {
		return WORDS.size();
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = ReservedWords.class.getResourceAsStream("reserved-words.txt")) {
			if (in == null) {
				throw new IllegalStateException("reserved-words.txt is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					words.add(line.trim().toUpperCase(Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(words);
	}

}
