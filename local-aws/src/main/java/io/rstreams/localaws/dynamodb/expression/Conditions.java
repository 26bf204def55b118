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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The condition kinds. Comparisons follow DynamoDB: a comparison involving a missing
 * attribute, or operands of different types, is false (so {@code <>} is then true);
 * ordering comparisons apply to strings, numbers and binaries.
 */
final class Conditions {

	private Conditions() {
	}

	enum Comparator {

		EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

		final String symbol;

		Comparator(String symbol) {
			this.symbol = symbol;
		}

		static Comparator of(Token token) {
			return switch (token.kind()) {
				case EQ -> EQ;
				case NE -> NE;
				case LT -> LT;
				case LE -> LE;
				case GT -> GT;
				case GE -> GE;
				default -> throw new IllegalArgumentException(token.text());
			};
		}

	}

	record Compare(Comparator comparator, Operand left, Operand right) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			AttrValue a = left.evaluate(item);
			AttrValue b = right.evaluate(item);
			if (comparator == Comparator.EQ) {
				return a != null && a.equals(b);
			}
			if (comparator == Comparator.NE) {
				return a == null || !a.equals(b);
			}
			if (!comparable(a, b)) {
				return false;
			}
			int c = ValueOrder.compare(a, b);
			return switch (comparator) {
				case LT -> c < 0;
				case LE -> c <= 0;
				case GT -> c > 0;
				default -> c >= 0;
			};
		}
	}

	record Between(Operand value, Operand low, Operand high) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			AttrValue v = value.evaluate(item);
			AttrValue lo = low.evaluate(item);
			AttrValue hi = high.evaluate(item);
			return comparable(v, lo) && comparable(v, hi) && ValueOrder.compare(lo, v) <= 0
					&& ValueOrder.compare(v, hi) <= 0;
		}
	}

	record In(Operand value, List<Operand> candidates) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			AttrValue v = value.evaluate(item);
			if (v == null) {
				return false;
			}
			for (Operand candidate : candidates) {
				if (v.equals(candidate.evaluate(item))) {
					return true;
				}
			}
			return false;
		}
	}

	record And(Condition left, Condition right) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			return left.test(item) && right.test(item);
		}
	}

	record Or(Condition left, Condition right) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			return left.test(item) || right.test(item);
		}
	}

	record Not(Condition condition) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			return !condition.test(item);
		}
	}

	record Exists(DocumentPath path, boolean exists) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			return (Documents.get(item, path) != null) == exists;
		}
	}

	record AttributeType(DocumentPath path, Operand typeName) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			AttrValue v = Documents.get(item, path);
			AttrValue type = typeName.evaluate(item);
			return v != null && type != null && type.type() == AttrValue.Type.S && v.type().name().equals(type.s());
		}
	}

	record BeginsWith(Operand value, Operand prefix) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			AttrValue v = value.evaluate(item);
			AttrValue p = prefix.evaluate(item);
			if (v == null || p == null || v.type() != p.type()) {
				return false;
			}
			if (v.type() == AttrValue.Type.S) {
				return ValueOrder.startsWith(v.s().getBytes(StandardCharsets.UTF_8),
						p.s().getBytes(StandardCharsets.UTF_8));
			}
			return v.type() == AttrValue.Type.B && ValueOrder.startsWith(v.b(), p.b());
		}
	}

	record Contains(Operand container, Operand member) implements Condition {
		@Override
		public boolean test(Map<String, AttrValue> item) {
			AttrValue c = container.evaluate(item);
			AttrValue m = member.evaluate(item);
			if (c == null || m == null) {
				return false;
			}
			return switch (c.type()) {
				case S -> m.type() == AttrValue.Type.S && c.s().contains(m.s());
				case B -> m.type() == AttrValue.Type.B && indexOf(c.b(), m.b()) >= 0;
				case SS, NS, BS -> c.elements().contains(m);
				case L -> c.l().contains(m);
				default -> false;
			};
		}
	}

	static boolean comparable(AttrValue a, AttrValue b) {
		return a != null && b != null && a.type() == b.type() && a.type().isScalarKeyType();
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
