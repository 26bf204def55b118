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

/**
 * One lexical token of an expression; {@code start} and {@code end} index the source text
 * for error messages.
 */
record Token(Kind kind, String text, int start, int end) {

	enum Kind {

		IDENTIFIER, NAME_PLACEHOLDER, VALUE_PLACEHOLDER, INTEGER, LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET,
		DOT, COMMA, PLUS, MINUS, EQ, NE, LT, LE, GT, GE, EOF

	}

	boolean is(Kind k) {
		return kind == k;
	}

	/** Keywords (AND, SET, BETWEEN, ...) are case-insensitive identifiers. */
	boolean isKeyword(String keyword) {
		return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(keyword);
	}

	boolean isComparator() {
		return kind == Kind.EQ || kind == Kind.NE || kind == Kind.LT || kind == Kind.LE || kind == Kind.GT
				|| kind == Kind.GE;
	}

	String display() {
		return kind == Kind.EOF ? "<EOF>" : text;
	}
}
