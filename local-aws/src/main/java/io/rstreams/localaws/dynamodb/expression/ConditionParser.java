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
import io.rstreams.localaws.dynamodb.value.ValueOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses condition, filter and key condition expressions. Precedence, loosest first: OR,
 * AND, NOT, then comparisons, BETWEEN, IN and functions. A parenthesis may open a nested
 * condition or a parenthesised operand such as {@code (size(a)) > :n}; the parser tries
 * the first and falls back to the second.
 */
public final class ConditionParser extends ExpressionParser {

	private static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists",
			"attribute_type", "begins_with", "contains");

	private static final Set<AttrValue.Type> STRING_OR_BINARY = EnumSet.of(AttrValue.Type.S, AttrValue.Type.B);

	private static final Set<String> TYPE_NAMES = Set.of("S", "N", "B", "NULL", "SS", "BOOL", "L", "BS", "NS", "M");

	private ConditionParser(String source, ExpressionAttributes attributes) {
		super(source, attributes);
	}

	/**
	 * Parses a whole expression, failing with the syntax error or the first semantic
	 * error DynamoDB would report.
	 */
	public static Condition parse(String source, ExpressionAttributes attributes) {
		ConditionParser parser = new ConditionParser(source, attributes);
		Condition condition = parser.parseOr();
		parser.expectEnd();
		parser.context.throwDeferred();
		return condition;
	}

	private Condition parseOr() {
		Condition left = parseAnd();
		while (peek().isKeyword("OR")) {
			next();
			left = new Conditions.Or(left, parseAnd());
		}
		return left;
	}

	private Condition parseAnd() {
		Condition left = parseNot();
		while (peek().isKeyword("AND")) {
			next();
			left = new Conditions.And(left, parseNot());
		}
		return left;
	}

	private Condition parseNot() {
		if (peek().isKeyword("NOT")) {
			next();
			return new Conditions.Not(parseNot());
		}
		return parsePrimary();
	}

	private Condition parsePrimary() {
		if (!at(Token.Kind.LEFT_PAREN)) {
			return parseComparison();
		}
		int start = pos;
		Map<ParseContext.ErrorKind, String> errors = context.snapshot();
		ExpressionException nestedError;
		try {
			next();
			Condition nested = parseOr();
			expect(Token.Kind.RIGHT_PAREN);
			if (!continuesComparison()) {
				return nested;
			}
			nestedError = syntaxError();
		}
		catch (ExpressionException e) {
			nestedError = e;
		}
		pos = start;
		context.restore(errors);
		try {
			return parseComparison();
		}
		catch (ExpressionException e) {
			throw e.position() >= nestedError.position() ? e : nestedError;
		}
	}

	private boolean continuesComparison() {
		Token t = peek();
		return t.isComparator() || t.isKeyword("BETWEEN") || t.isKeyword("IN");
	}

	private Condition parseComparison() {
		Token t = peek();
		if (t.is(Token.Kind.IDENTIFIER) && peek(1).is(Token.Kind.LEFT_PAREN)
				&& CONDITION_FUNCTIONS.contains(t.text())) {
			next();
			return functionCondition(t.text(), parseArguments());
		}
		Operand left = parseOperand();
		Token op = peek();
		if (op.isComparator()) {
			next();
			Operand right = parseOperand();
			Conditions.Comparator comparator = Conditions.Comparator.of(op);
			checkDistinct(comparator.symbol, left, right);
			return new Conditions.Compare(comparator, left, right);
		}
		if (op.isKeyword("BETWEEN")) {
			next();
			Operand low = parseOperand();
			expectKeyword("AND");
			Operand high = parseOperand();
			checkBetweenBounds(low, high);
			return new Conditions.Between(left, low, high);
		}
		if (op.isKeyword("IN")) {
			next();
			List<Operand> candidates = parseArguments();
			return new Conditions.In(left, candidates);
		}
		if (left instanceof Operands.Size) {
			misused("size");
			return item -> false;
		}
		if (left instanceof Operands.UnknownFunction) {
			return item -> false;
		}
		throw syntaxError();
	}

	private Condition functionCondition(String name, List<Operand> arguments) {
		switch (name) {
			case "attribute_exists", "attribute_not_exists" -> {
				checkArgumentCount(name, arguments, 1);
				return new Conditions.Exists(requirePath(name, arguments.get(0)), name.equals("attribute_exists"));
			}
			case "attribute_type" -> {
				checkArgumentCount(name, arguments, 2);
				DocumentPath path = requirePath(name, arguments.get(0));
				Operand type = arguments.size() > 1 ? arguments.get(1) : arguments.get(0);
				checkTypeName(type);
				return new Conditions.AttributeType(path, type);
			}
			case "begins_with" -> {
				checkArgumentCount(name, arguments, 2);
				for (Operand argument : arguments) {
					checkOperandType(name, argument, STRING_OR_BINARY);
				}
				Operand prefix = arguments.size() > 1 ? arguments.get(1) : arguments.get(0);
				checkDistinct(name, arguments.get(0), prefix);
				return new Conditions.BeginsWith(arguments.get(0), prefix);
			}
			default -> {
				checkArgumentCount(name, arguments, 2);
				Operand member = arguments.size() > 1 ? arguments.get(1) : arguments.get(0);
				checkDistinct(name, arguments.get(0), member);
				return new Conditions.Contains(arguments.get(0), member);
			}
		}
	}

	@Override
	Operand functionOperand(String name, List<Operand> arguments) {
		if (name.equals("size")) {
			checkArgumentCount(name, arguments, 1);
			AttrValue.Type type = Operands.staticType(arguments.get(0));
			if (type == AttrValue.Type.N || type == AttrValue.Type.BOOL || type == AttrValue.Type.NULL) {
				context.defer(ParseContext.ErrorKind.FUNCTION, "Incorrect operand type for operator or function; "
						+ "operator or function: size, operand type: " + type.name());
			}
			return new Operands.Size(arguments.get(0));
		}
		if (CONDITION_FUNCTIONS.contains(name)) {
			misused(name);
		}
		else {
			unknownFunction(name);
		}
		return new Operands.UnknownFunction(name);
	}

	private void misused(String name) {
		context.defer(ParseContext.ErrorKind.MISUSED_FUNCTION,
				"The function is not allowed to be used this way in an expression; function: " + name);
	}

	private void checkDistinct(String operator, Operand a, Operand b) {
		if (a instanceof Operands.PathOperand pa && b instanceof Operands.PathOperand pb
				&& pa.path().equals(pb.path())) {
			context.defer(ParseContext.ErrorKind.DISTINCT,
					"The first operand must be distinct from the remaining operands "
							+ "for this operator or function; operator: " + operator + ", first operand: " + pa.path());
		}
	}

	private void checkTypeName(Operand type) {
		if (!(type instanceof Operands.Literal literal)) {
			return;
		}
		AttrValue value = literal.value();
		if (value == null) {
			return;
		}
		if (value.type() != AttrValue.Type.S) {
			context.defer(ParseContext.ErrorKind.FUNCTION, "Incorrect operand type for operator or function; "
					+ "operator or function: attribute_type, operand type: " + value.type().name());
		}
		else if (!TYPE_NAMES.contains(value.s())) {
			context.defer(ParseContext.ErrorKind.FUNCTION, "Invalid attribute type name found; type: " + value.s()
					+ ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
		}
	}

	private void checkBetweenBounds(Operand low, Operand high) {
		if (!(low instanceof Operands.Literal lo) || !(high instanceof Operands.Literal hi)) {
			return;
		}
		AttrValue a = lo.value();
		AttrValue b = hi.value();
		if (a == null || b == null) {
			return;
		}
		String operands = "lower bound operand: AttributeValue: {" + a.type() + ":" + a + "}, "
				+ "upper bound operand: AttributeValue: {" + b.type() + ":" + b + "}";
		if (a.type() != b.type()) {
			context.defer(ParseContext.ErrorKind.FUNCTION,
					"The BETWEEN operator requires same data type for lower and upper bounds; " + operands);
		}
		else if (a.type().isScalarKeyType() && ValueOrder.compare(a, b) > 0) {
			context.defer(ParseContext.ErrorKind.FUNCTION,
					"The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
							+ operands);
		}
	}

}
