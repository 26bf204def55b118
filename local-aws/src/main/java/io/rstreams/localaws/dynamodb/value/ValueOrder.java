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

import java.util.Arrays;
import java.util.Comparator;

/**
 * The orders DynamoDB sorts and compares scalars in: strings by unsigned UTF-8 bytes,
 * binaries by unsigned bytes, numbers numerically. UTF-8 byte order equals Unicode code
 * point order, which differs from {@link String#compareTo} (UTF-16 code units) only when
 * a surrogate pair meets a character in U+E000..U+FFFF; the comparison below fixes that
 * case up without encoding either string.
 */
public final class ValueOrder {

	/**
	 * Orders two scalar values of the same type (S, N or B); a table's keys always have
	 * one declared type.
	 */
	public static final Comparator<AttrValue> SCALARS = ValueOrder::compare;

	private ValueOrder() {
	}

	public static int compare(AttrValue a, AttrValue b) {
		if (a.type() != b.type()) {
			return Integer.compare(a.type().ordinal(), b.type().ordinal());
		}
		return switch (a.type()) {
			case S -> compareUtf8(a.s(), b.s());
			case N -> a.n().compareTo(b.n());
			case B -> Arrays.compareUnsigned(a.b(), b.b());
			case NULL -> 0;
			default -> throw new IllegalArgumentException("Not an ordered type: " + a.type());
		};
	}

	/**
	 * Compares two strings as their UTF-8 encodings would compare byte by byte
	 * (unsigned).
	 */
	public static int compareUtf8(String a, String b) {
		int n = Math.min(a.length(), b.length());
		for (int i = 0; i < n; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
					return Integer.compare(codePointRank(x), codePointRank(y));
				}
				return Integer.compare(x, y);
			}
		}
		return Integer.compare(a.length(), b.length());
	}

	/**
	 * Moves surrogates (which stand for code points above U+FFFF) above U+E000..U+FFFF.
	 */
	private static int codePointRank(char c) {
		return c >= 0xE000 ? c - 0x800 : c + 0x2000;
	}

	/**
	 * Whether {@code value} starts with {@code prefix} as UTF-8 bytes, for begins_with on
	 * strings.
	 */
	public static boolean startsWith(byte[] value, byte[] prefix) {
		return value.length >= prefix.length && Arrays.equals(value, 0, prefix.length, prefix, 0, prefix.length);
	}

}
