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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses update expressions: SET, REMOVE, ADD and DELETE clauses in any order, each at
 * most once, keywords in any case. Checks what DynamoDB checks before touching the item:
 * operand types of literals, function arities, and that no two actions touch overlapping
 * paths.
 */
public final class UpdateParser extends ExpressionParser {

	private static final Set<String> CLAUSES = Set.of("SET", "REMOVE", "ADD", "DELETE");

	private static final Set<AttrValue.Type> NUMBER_OR_SET = EnumSet.of(AttrValue.Type.N, AttrValue.Type.SS,
			AttrValue.Type.NS, AttrValue.Type.BS);

	private static final Set<AttrValue.Type> SETS = EnumSet.of(AttrValue.Type.SS, AttrValue.Type.NS, AttrValue.Type.BS);

	private UpdateParser(String source, ExpressionAttributes attributes) {
		super(source, attributes);
	}

	public static UpdateExpression parse(String source, ExpressionAttributes attributes) {
		UpdateParser parser = new UpdateParser(source, attributes);
		List<UpdateAction> actions = parser.parseClauses();
		List<DocumentPath> paths = new ArrayList<>();
		for (UpdateAction action : actions) {
			paths.add(action.path());
		}
		checkNoOverlap(paths, parser.context);
		parser.context.throwDeferred();
		return new UpdateExpression(actions);
	}

	private List<UpdateAction> parseClauses() {
		List<UpdateAction> actions = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		do {
			Token keyword = peek();
			String clause = keyword.text().toUpperCase(Locale.ROOT);
			if (!keyword.is(Token.Kind.IDENTIFIER) || !CLAUSES.contains(clause)) {
				throw syntaxError();
			}
			next();
			if (!seen.add(clause)) {
				context.defer(ParseContext.ErrorKind.SECTION,
						"The \"" + clause + "\" section can only be used once in an update expression;");
			}
			actions.add(parseAction(clause));
			while (at(Token.Kind.COMMA)) {
				next();
				actions.add(parseAction(clause));
			}
		}
		while (!at(Token.Kind.EOF));
		return actions;
	}

	private UpdateAction parseAction(String clause) {
		DocumentPath path = parsePath();
		switch (clause) {
			case "SET" -> {
				expect(Token.Kind.EQ);
				return new UpdateAction(UpdateAction.Kind.SET, path, parseSetValue());
			}
			case "REMOVE" -> {
				return new UpdateAction(UpdateAction.Kind.REMOVE, path, null);
			}
			default -> {
				Token t = expect(Token.Kind.VALUE_PLACEHOLDER);
				AttrValue value = context.resolveValue(t.text());
				boolean add = clause.equals("ADD");
				if (value != null && !(add ? NUMBER_OR_SET : SETS).contains(value.type())) {
					context.defer(ParseContext.ErrorKind.OPERAND,
							"Incorrect operand type for operator or function; operator: " + clause + ", operand type: "
									+ value.type().longName());
				}
				return new UpdateAction(add ? UpdateAction.Kind.ADD : UpdateAction.Kind.DELETE, path,
						new Operands.Literal(t.text(), value));
			}
		}
	}

	private Operand parseSetValue() {
		Operand left = parseOperand();
		if (at(Token.Kind.PLUS) || at(Token.Kind.MINUS)) {
			boolean add = next().is(Token.Kind.PLUS);
			Operand right = parseOperand();
			String operator = add ? "+" : "-";
			checkOperandType(operator, left, EnumSet.of(AttrValue.Type.N));
			checkOperandType(operator, right, EnumSet.of(AttrValue.Type.N));
			return new Operands.Arithmetic(left, right, add);
		}
		return left;
	}

	@Override
	Operand functionOperand(String name, List<Operand> arguments) {
		switch (name) {
			case "if_not_exists" -> {
				checkArgumentCount(name, arguments, 2);
				DocumentPath path = requirePath(name, arguments.get(0));
				return new Operands.IfNotExists(path, arguments.get(arguments.size() > 1 ? 1 : 0));
			}
			case "list_append" -> {
				checkArgumentCount(name, arguments, 2);
				for (Operand argument : arguments) {
					checkOperandType(name, argument, EnumSet.of(AttrValue.Type.L));
				}
				return new Operands.ListAppend(arguments.get(0), arguments.get(arguments.size() > 1 ? 1 : 0));
			}
			default -> {
				unknownFunction(name);
				return new Operands.UnknownFunction(name);
			}
		}
	}

}
