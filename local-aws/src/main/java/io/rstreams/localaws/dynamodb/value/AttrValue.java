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
package io.rstreams.localaws.dynamodb.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One DynamoDB attribute value. Values held by a table are never mutated, so reads can
 * hand them out without copying and without holding the table lock; an update works on
 * {@link #deepCopy() deep copies} of the containers it changes. Numbers are kept
 * normalised (no trailing zeros) so that {@code equals} is numeric equality, as in
 * DynamoDB.
 */
public final class AttrValue {

	/** The DynamoDB data type descriptors, as they appear in the JSON wire format. */
	public enum Type {

		S, N, B, BOOL, NULL, M, L, SS, NS, BS;

		public boolean isScalarKeyType() {
			return this == S || this == N || this == B;
		}

		public boolean isSet() {
			return this == SS || this == NS || this == BS;
		}

		/** The name DynamoDB uses for this type in "incorrect operand type" messages. */
		public String longName() {
			return switch (this) {
				case S -> "STRING";
				case N -> "NUMBER";
				case B -> "BINARY";
				case BOOL -> "BOOLEAN";
				case NULL -> "NULL";
				case M -> "MAP";
				case L -> "LIST";
				case SS -> "STRING_SET";
				case NS -> "NUMBER_SET";
				case BS -> "BINARY_SET";
			};
		}

	}

	private static final AttrValue NULL_VALUE = new AttrValue(Type.NULL, Boolean.TRUE);

	private static final AttrValue TRUE = new AttrValue(Type.BOOL, Boolean.TRUE);

	private static final AttrValue FALSE = new AttrValue(Type.BOOL, Boolean.FALSE);

	private final Type type;

	private final Object value;

	private int hash;

	private AttrValue(Type type, Object value) {
		this.type = type;
		this.value = value;
	}

	public static AttrValue s(String s) {
		return new AttrValue(Type.S, Objects.requireNonNull(s));
	}

	/** A number; the caller has validated it with {@link Numbers}. */
	public static AttrValue n(BigDecimal n) {
		return new AttrValue(Type.N, Numbers.normalise(n));
	}

	public static AttrValue n(long n) {
		return n(BigDecimal.valueOf(n));
	}

	public static AttrValue b(byte[] b) {
		return new AttrValue(Type.B, Objects.requireNonNull(b));
	}

	public static AttrValue bool(boolean b) {
		return b ? TRUE : FALSE;
	}

	public static AttrValue nul() {
		return NULL_VALUE;
	}

	public static AttrValue m(Map<String, AttrValue> map) {
		return new AttrValue(Type.M, map);
	}

	public static AttrValue l(List<AttrValue> list) {
		return new AttrValue(Type.L, list);
	}

	/**
	 * A set of the given set type; elements are scalar values of the element type,
	 * without duplicates.
	 */
	public static AttrValue set(Type setType, List<AttrValue> elements) {
		if (!setType.isSet()) {
			throw new IllegalArgumentException(setType + " is not a set type");
		}
		return new AttrValue(setType, elements);
	}

	public Type type() {
		return type;
	}

	public String s() {
		return (String) value;
	}

	public BigDecimal n() {
		return (BigDecimal) value;
	}

	public byte[] b() {
		return (byte[]) value;
	}

	public boolean bool() {
		return (Boolean) value;
	}

	@SuppressWarnings("unchecked")
	public Map<String, AttrValue> m() {
		return (Map<String, AttrValue>) value;
	}

	@SuppressWarnings("unchecked")
	public List<AttrValue> l() {
		return (List<AttrValue>) value;
	}

	/** The elements of a set value. */
	@SuppressWarnings("unchecked")
	public List<AttrValue> elements() {
		return (List<AttrValue>) value;
	}

	/**
	 * Copies maps and lists (recursively) so they can be changed; scalars and sets are
	 * shared, being immutable.
	 */
	public AttrValue deepCopy() {
		if (type == Type.M) {
			return m(deepCopy(m()));
		}
		if (type == Type.L) {
			List<AttrValue> copy = new ArrayList<>(l().size());
			for (AttrValue v : l()) {
				copy.add(v.deepCopy());
			}
			return l(copy);
		}
		return this;
	}

	public static Map<String, AttrValue> deepCopy(Map<String, AttrValue> item) {
		Map<String, AttrValue> copy = new LinkedHashMap<>(Math.max(16, item.size() * 2));
		for (Map.Entry<String, AttrValue> e : item.entrySet()) {
			copy.put(e.getKey(), e.getValue().deepCopy());
		}
		return copy;
	}

	@Override
	public boolean equals(Object o) {
		if (this == o) {
			return true;
		}
		if (!(o instanceof AttrValue other) || other.type != type) {
			return false;
		}
		return switch (type) {
			case B -> Arrays.equals(b(), other.b());
			case SS, NS, BS ->
				elements().size() == other.elements().size() && new HashSet<>(elements()).containsAll(other.elements());
			default -> value.equals(other.value);
		};
	}

	@Override
	public int hashCode() {
		int h = hash;
		if (h == 0) {
			h = switch (type) {
				case B -> Arrays.hashCode(b());
				case SS, NS, BS -> new HashSet<>(elements()).hashCode();
				default -> value.hashCode();
			};
			h = 31 * h + type.ordinal();
			hash = h;
		}
		return h;
	}

	/** A short rendering used inside error messages, e.g. {@code {N:5}}. */
	@Override
	public String toString() {
		return switch (type) {
			case N -> n().toPlainString();
			case B -> Base64.getEncoder().encodeToString(b());
			case SS, NS, BS, L -> elements().toString();
			case M -> m().toString();
			default -> String.valueOf(value);
		};
	}

}
