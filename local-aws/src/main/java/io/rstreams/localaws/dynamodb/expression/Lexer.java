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

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens; an unknown character is reported as DynamoDB reports
 * a syntax error.
 */
final class Lexer {

	private Lexer() {
	}

	static List<Token> tokenize(String source) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				i++;
				continue;
			}
			int start = i;
			Token.Kind kind;
			if (c == '#' || c == ':') {
				i++;
				while (i < n && isNamePart(source.charAt(i))) {
					i++;
				}
				if (i == start + 1) {
					throw unexpected(source, tokens, start, String.valueOf(c));
				}
				kind = c == '#' ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER;
			}
			else if (Character.isLetter(c) && c < 128 || c == '_') {
				while (i < n && isNamePart(source.charAt(i))) {
					i++;
				}
				kind = Token.Kind.IDENTIFIER;
			}
			else if (c >= '0' && c <= '9') {
				while (i < n && source.charAt(i) >= '0' && source.charAt(i) <= '9') {
					i++;
				}
				kind = Token.Kind.INTEGER;
			}
			else {
				kind = punctuation(source, i);
				if (kind == null) {
					throw unexpected(source, tokens, start, String.valueOf(c));
				}
				i += (kind == Token.Kind.NE || kind == Token.Kind.LE || kind == Token.Kind.GE) ? 2 : 1;
			}
			tokens.add(new Token(kind, source.substring(start, i), start, i));
		}
		tokens.add(new Token(Token.Kind.EOF, "", n, n));
		return tokens;
	}

	private static Token.Kind punctuation(String source, int i) {
		char c = source.charAt(i);
		char next = i + 1 < source.length() ? source.charAt(i + 1) : 0;
		return switch (c) {
			case '(' -> Token.Kind.LEFT_PAREN;
			case ')' -> Token.Kind.RIGHT_PAREN;
			case '[' -> Token.Kind.LEFT_BRACKET;
			case ']' -> Token.Kind.RIGHT_BRACKET;
			case '.' -> Token.Kind.DOT;
			case ',' -> Token.Kind.COMMA;
			case '+' -> Token.Kind.PLUS;
			case '-' -> Token.Kind.MINUS;
			case '=' -> Token.Kind.EQ;
			case '<' -> next == '>' ? Token.Kind.NE : next == '=' ? Token.Kind.LE : Token.Kind.LT;
			case '>' -> next == '=' ? Token.Kind.GE : Token.Kind.GT;
			default -> null;
		};
	}

	private static boolean isNamePart(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

	private static ExpressionException unexpected(String source, List<Token> tokens, int start, String text) {
		String near = tokens.isEmpty() ? text : source.substring(tokens.get(tokens.size() - 1).start(), start + 1);
		return new ExpressionException("Syntax error; token: \"" + text + "\", near: \"" + near + "\"", tokens.size());
	}

}
