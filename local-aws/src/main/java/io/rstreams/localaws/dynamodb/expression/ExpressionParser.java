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

import io.rstreams.localaws.dynamodb.value.AttrValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the condition, update and projection parsers share: the token cursor, syntax
 * errors worded like DynamoDB's, document paths (with placeholder resolution and the
 * reserved word check) and operands.
 */
abstract class ExpressionParser {

	/** Words the grammar itself uses; they can never be a bare attribute name. */
	private static final Set<String> GRAMMAR_KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");

	protected final String source;

	protected final List<Token> tokens;

	protected final ParseContext context;

	protected int pos;

	ExpressionParser(String source, ExpressionAttributes attributes) {
		if (source.isBlank()) {
			throw new ExpressionException("The expression can not be empty;");
		}
		this.source = source;
		this.tokens = Lexer.tokenize(source);
		this.context = new ParseContext(attributes);
	}

	Token peek() {
		return tokens.get(pos);
	}

	Token peek(int ahead) {
		return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
	}

	Token next() {
		Token t = tokens.get(pos);
		if (t.kind() != Token.Kind.EOF) {
			pos++;
		}
		return t;
	}

	boolean at(Token.Kind kind) {
		return peek().is(kind);
	}

	Token expect(Token.Kind kind) {
		if (!at(kind)) {
			throw syntaxError();
		}
		return next();
	}

	void expectKeyword(String keyword) {
		if (!peek().isKeyword(keyword)) {
			throw syntaxError();
		}
		next();
	}

	void expectEnd() {
		if (!at(Token.Kind.EOF)) {
			throw syntaxError();
		}
	}

	/**
	 * A syntax error at the current token, worded as DynamoDB words it: token and the
	 * text around it.
	 */
	ExpressionException syntaxError() {
		Token t = peek();
		String near;
		if (pos == 0) {
			near = t.display().equals("<EOF>") ? "" : t.text();
		}
		else {
			Token previous = tokens.get(pos - 1);
			near = t.is(Token.Kind.EOF) ? previous.text() : source.substring(previous.start(), t.end());
		}
		return new ExpressionException("Syntax error; token: \"" + t.display() + "\", near: \"" + near + "\"", pos);
	}

	static boolean isGrammarKeyword(Token t) {
		return t.is(Token.Kind.IDENTIFIER) && GRAMMAR_KEYWORDS.contains(t.text().toUpperCase(Locale.ROOT));
	}

	/**
	 * {@code name(.name | [index])*} where a name is an identifier or a
	 * {@code #placeholder}.
	 */
	DocumentPath parsePath() {
		List<Object> elements = new ArrayList<>();
		elements.add(parseName());
		while (true) {
			if (at(Token.Kind.DOT)) {
				next();
				elements.add(parseName());
			}
			else if (at(Token.Kind.LEFT_BRACKET)) {
				next();
				Token index = expect(Token.Kind.INTEGER);
				expect(Token.Kind.RIGHT_BRACKET);
				try {
					elements.add(Integer.parseInt(index.text()));
				}
				catch (NumberFormatException e) {
					throw new ExpressionException("List index is too large; index: " + index.text(), pos);
				}
			}
			else {
				return new DocumentPath(elements);
			}
		}
	}

	private String parseName() {
		Token t = peek();
		if (t.is(Token.Kind.NAME_PLACEHOLDER)) {
			next();
			return context.resolveName(t.text());
		}
		if (t.is(Token.Kind.IDENTIFIER) && !isGrammarKeyword(t) && !peek(1).is(Token.Kind.LEFT_PAREN)) {
			next();
			context.checkReserved(t.text());
			return t.text();
		}
		throw syntaxError();
	}

	/** A path, a {@code :value}, a function call, or one of those in parentheses. */
	Operand parseOperand() {
		Token t = peek();
		if (t.is(Token.Kind.LEFT_PAREN)) {
			next();
			Operand inner = parseOperand();
			expect(Token.Kind.RIGHT_PAREN);
			return inner;
		}
		if (t.is(Token.Kind.VALUE_PLACEHOLDER)) {
			next();
			AttrValue value = context.resolveValue(t.text());
			return new Operands.Literal(t.text(), value);
		}
		if (t.is(Token.Kind.IDENTIFIER) && peek(1).is(Token.Kind.LEFT_PAREN) && !isGrammarKeyword(t)) {
			next();
			List<Operand> arguments = parseArguments();
			return functionOperand(t.text(), arguments);
		}
		return new Operands.PathOperand(parsePath());
	}

	/** {@code ( operand [, operand]* )} */
	List<Operand> parseArguments() {
		expect(Token.Kind.LEFT_PAREN);
		List<Operand> arguments = new ArrayList<>();
		arguments.add(parseOperand());
		while (at(Token.Kind.COMMA)) {
			next();
			arguments.add(parseOperand());
		}
		expect(Token.Kind.RIGHT_PAREN);
		return arguments;
	}

	/**
	 * Builds a function used where a value is expected; each grammar knows its own
	 * functions.
	 */
	abstract Operand functionOperand(String name, List<Operand> arguments);

	void checkArgumentCount(String name, List<Operand> arguments, int expected) {
		if (arguments.size() != expected) {
			context.defer(ParseContext.ErrorKind.OPERAND, "Incorrect number of operands for operator or function; "
					+ "operator or function: " + name + ", number of operands: " + arguments.size());
		}
	}

	/**
	 * The path of an argument that must be a document path, or null (with the error
	 * deferred).
	 */
	DocumentPath requirePath(String name, Operand argument) {
		if (argument instanceof Operands.PathOperand p) {
			return p.path();
		}
		context.defer(ParseContext.ErrorKind.FUNCTION,
				"Operator or function requires a document path; operator or function: " + name);
		return DocumentPath.of("");
	}

	void checkOperandType(String name, Operand operand, Set<AttrValue.Type> allowed) {
		AttrValue.Type type = Operands.staticType(operand);
		if (type != null && !allowed.contains(type)) {
			context.defer(ParseContext.ErrorKind.FUNCTION, "Incorrect operand type for operator or function; "
					+ "operator or function: " + name + ", operand type: " + type.name());
		}
	}

	void unknownFunction(String name) {
		context.defer(ParseContext.ErrorKind.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
	}

	static void checkNoOverlap(List<DocumentPath> paths, ParseContext context) {
		for (int i = 0; i < paths.size(); i++) {
			for (int j = i + 1; j < paths.size(); j++) {
				DocumentPath a = paths.get(i);
				DocumentPath b = paths.get(j);
				if (a.overlaps(b)) {
					context.defer(ParseContext.ErrorKind.OVERLAP, "Two document paths overlap with each other; "
							+ "must remove or rewrite one of these paths; path one: " + a + ", path two: " + b);
				}
				else if (a.conflicts(b)) {
					context.defer(ParseContext.ErrorKind.CONFLICT, "Two document paths conflict with each other; "
							+ "must remove or rewrite one of these paths; path one: " + a + ", path two: " + b);
				}
			}
		}
	}

}
