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
package io.rstreams.client;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * What is wrong with a JSON text and where, without a word of the text: bus
 * configurations come from secrets, and Jackson's messages quote the offending token
 * ({@code Unrecognized token 'hunter2'}).
 */
final class JsonProblem {

	private JsonProblem() {
	}

	/**
	 * E.g.
	 * {@code "a word that is not a JSON value (strings need double quotes) at line 1, column 8"}.
	 */
	static String describe(JacksonException ex) {
		return kind(ex) + where(ex.getLocation());
	}

	/**
	 * Only matched against, never copied: the original message is where the token is
	 * quoted.
	 */
	private static String kind(JacksonException ex) {
		String original = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage();
		if (ex instanceof UnexpectedEndOfInputException || original.startsWith("Unexpected end-of-input")) {
			return "the text ends before the JSON is complete";
		}
		if (original.startsWith("Unrecognized token")) {
			return "a word that is not a JSON value (strings need double quotes)";
		}
		if (original.startsWith("Unexpected character")) {
			return "an unexpected character";
		}
		if (original.startsWith("Illegal unquoted character") || original.startsWith("Invalid UTF-8")) {
			return "a character not allowed there";
		}
		return "malformed JSON";
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 0) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

}
