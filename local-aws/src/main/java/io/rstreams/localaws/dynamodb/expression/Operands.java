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
import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import io.rstreams.localaws.dynamodb.value.ItemSize;
import io.rstreams.localaws.dynamodb.value.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operand kinds of condition and update expressions. */
final class Operands {

	static final String WRONG_TYPE = "An operand in the update expression has an incorrect data type";
	static final String MISSING = "The provided expression refers to an attribute that does not exist in the item";

	private Operands() {
	}

	record PathOperand(DocumentPath path) implements Operand {
		@Override
		public AttrValue evaluate(Map<String, AttrValue> item) {
			return Documents.get(item, path);
		}
	}

	record Literal(String placeholder, AttrValue value) implements Operand {
		@Override
		public AttrValue evaluate(Map<String, AttrValue> item) {
			return value;
		}
	}

	/**
	 * {@code size(path)}: characters of a string, bytes of a binary, members of a set,
	 * list or map.
	 */
	record Size(Operand argument) implements Operand {
		@Override
		public AttrValue evaluate(Map<String, AttrValue> item) {
			AttrValue v = argument.evaluate(item);
			if (v == null) {
				return null;
			}
			return switch (v.type()) {
				case S -> AttrValue.n(ItemSize.utf8Length(v.s()));
				case B -> AttrValue.n(v.b().length);
				case SS, NS, BS, L -> AttrValue.n(v.elements().size());
				case M -> AttrValue.n(v.m().size());
				default -> null;
			};
		}
	}

	/**
	 * A call of a function the grammar does not know; the parse fails with "Invalid
	 * function name" before use.
	 */
	record UnknownFunction(String name) implements Operand {
		@Override
		public AttrValue evaluate(Map<String, AttrValue> item) {
			return null;
		}
	}

	/** {@code if_not_exists(path, operand)} in a SET action. */
	record IfNotExists(DocumentPath path, Operand fallback) implements Operand {
		@Override
		public AttrValue evaluate(Map<String, AttrValue> item) {
			AttrValue existing = Documents.get(item, path);
			return existing != null ? existing : required(fallback, item);
		}
	}

	/** {@code list_append(a, b)} in a SET action. */
	record ListAppend(Operand first, Operand second) implements Operand {
		@Override
		public AttrValue evaluate(Map<String, AttrValue> item) {
			AttrValue a = required(first, item);
			AttrValue b = required(second, item);
			if (a.type() != AttrValue.Type.L || b.type() != AttrValue.Type.L) {
				throw DynamoDbException.validation(WRONG_TYPE);
			}
			List<AttrValue> joined = new ArrayList<>(a.l().size() + b.l().size());
			joined.addAll(a.l());
			joined.addAll(b.l());
			return AttrValue.l(joined);
		}
	}

	/** {@code a + b} or {@code a - b} in a SET action. */
	record Arithmetic(Operand left, Operand right, boolean add) implements Operand {
		@Override
		public AttrValue evaluate(Map<String, AttrValue> item) {
			AttrValue a = required(left, item);
			AttrValue b = required(right, item);
			if (a.type() != AttrValue.Type.N || b.type() != AttrValue.Type.N) {
				throw DynamoDbException.validation(WRONG_TYPE);
			}
			return AttrValue.n(Numbers.check(add ? a.n().add(b.n()) : a.n().subtract(b.n())));
		}
	}

	/** The value of an operand of an update, which must exist. */
	static AttrValue required(Operand operand, Map<String, AttrValue> item) {
		AttrValue v = operand.evaluate(item);
		if (v == null) {
			throw DynamoDbException.validation(MISSING);
		}
		return v;
	}

	/** The literal type of an operand when it is known before evaluation, else null. */
	static AttrValue.Type staticType(Operand operand) {
		if (operand instanceof Literal literal) {
			return literal.value() == null ? null : literal.value().type();
		}
		if (operand instanceof Size || operand instanceof Arithmetic) {
			return AttrValue.Type.N;
		}
		if (operand instanceof ListAppend) {
			return AttrValue.Type.L;
		}
		return null;
	}

}
