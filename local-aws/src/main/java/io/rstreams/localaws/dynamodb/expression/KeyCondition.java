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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KeyConditionExpression taken apart into one term per key attribute
 * ({@code hash = :h}, {@code range BETWEEN :a AND :b}, {@code begins_with(range, :p)},
 * ...), rejecting the shapes DynamoDB rejects (OR, NOT, IN, {@code <>}, nested paths, two
 * conditions on one key) with its messages.
 */
public final class KeyCondition {

	/** The operators a key condition allows. */
	public enum Operator {

		EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH

	}

	/**
	 * One condition on one key attribute; {@code values} has two entries for BETWEEN,
	 * else one.
	 */
	public record Term(String attribute, Operator operator, List<AttrValue> values) {
	}

	private static final String MULTIPLE_NAMES = "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition";

	private final Map<String, Term> terms;

	private KeyCondition(Map<String, Term> terms) {
		this.terms = terms;
	}

	public static KeyCondition parse(String source, ExpressionAttributes attributes) {
		Condition condition = ConditionParser.parse(source, attributes);
		Map<String, Term> terms = new LinkedHashMap<>();
		collect(condition, terms);
		return new KeyCondition(terms);
	}

	/** The term on {@code attribute}, or null. */
	public Term term(String attribute) {
		return terms.get(attribute);
	}

	public List<Term> terms() {
		return new ArrayList<>(terms.values());
	}

	private static void collect(Condition condition, Map<String, Term> terms) {
		if (condition instanceof Conditions.And and) {
			collect(and.left(), terms);
			collect(and.right(), terms);
			return;
		}
		Term term = term(condition);
		if (terms.putIfAbsent(term.attribute(), term) != null) {
			throw new ExpressionException("KeyConditionExpressions must only contain one condition per key");
		}
	}

	private static Term term(Condition condition) {
		if (condition instanceof Conditions.Or) {
			throw invalidOperator("OR");
		}
		if (condition instanceof Conditions.Not) {
			throw invalidOperator("NOT");
		}
		if (condition instanceof Conditions.In) {
			throw invalidOperator("IN");
		}
		if (condition instanceof Conditions.Exists exists) {
			throw invalidOperator(exists.exists() ? "attribute_exists" : "attribute_not_exists");
		}
		if (condition instanceof Conditions.AttributeType) {
			throw invalidOperator("attribute_type");
		}
		if (condition instanceof Conditions.Contains) {
			throw invalidOperator("contains");
		}
		if (condition instanceof Conditions.Between between) {
			String key = keyAttribute(between.value(), "BETWEEN");
			return new Term(key, Operator.BETWEEN, List.of(literal(between.low()), literal(between.high())));
		}
		if (condition instanceof Conditions.BeginsWith begins) {
			String key = keyAttribute(begins.value(), "begins_with");
			return new Term(key, Operator.BEGINS_WITH, List.of(literal(begins.prefix())));
		}
		Conditions.Compare compare = (Conditions.Compare) condition;
		if (compare.comparator() == Conditions.Comparator.NE) {
			throw invalidOperator("<>");
		}
		boolean leftIsPath = isPath(compare.left());
		boolean rightIsPath = isPath(compare.right());
		if (leftIsPath && rightIsPath) {
			throw new ExpressionException(MULTIPLE_NAMES);
		}
		if (!leftIsPath && !rightIsPath) {
			throw new ExpressionException("Invalid condition in KeyConditionExpression: No key attribute specified");
		}
		Operand path = leftIsPath ? compare.left() : compare.right();
		Operand value = leftIsPath ? compare.right() : compare.left();
		Operator operator = switch (compare.comparator()) {
			case EQ -> Operator.EQ;
			case LT -> leftIsPath ? Operator.LT : Operator.GT;
			case LE -> leftIsPath ? Operator.LE : Operator.GE;
			case GT -> leftIsPath ? Operator.GT : Operator.LT;
			default -> leftIsPath ? Operator.GE : Operator.LE;
		};
		return new Term(topLevel(path), operator, List.of(literal(value)));
	}

	private static boolean isPath(Operand operand) {
		if (operand instanceof Operands.Size) {
			throw new ExpressionException("KeyConditionExpressions cannot contain nested operations");
		}
		return operand instanceof Operands.PathOperand;
	}

	private static String keyAttribute(Operand operand, String operator) {
		if (!isPath(operand)) {
			throw new ExpressionException("Invalid condition in KeyConditionExpression: " + operator
					+ " operator must have the key attribute as its first operand");
		}
		return topLevel(operand);
	}

	private static String topLevel(Operand operand) {
		DocumentPath path = ((Operands.PathOperand) operand).path();
		if (path.size() > 1) {
			throw new ExpressionException("KeyConditionExpressions cannot have conditions on nested attributes");
		}
		return path.topLevelName();
	}

	private static AttrValue literal(Operand operand) {
		if (operand instanceof Operands.Literal literal) {
			return literal.value();
		}
		if (operand instanceof Operands.PathOperand) {
			throw new ExpressionException(MULTIPLE_NAMES);
		}
		throw new ExpressionException("KeyConditionExpressions cannot contain nested operations");
	}

	private static ExpressionException invalidOperator(String operator) {
		return new ExpressionException("Invalid operator used in KeyConditionExpression: " + operator);
	}

}
