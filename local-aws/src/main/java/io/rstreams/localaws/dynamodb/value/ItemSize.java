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

import java.util.Map;

/**
 * DynamoDB's approximation of an item's size, used for the 400 KB item limit and the 1 MB
 * page limit: UTF-8 length of names and strings, byte length of binaries, about one byte
 * per two significant digits of a number, and a few bytes of overhead per list or map and
 * per element.
 */
public final class ItemSize {

	/** The largest item DynamoDB accepts: 400 KB. */
	public static final long MAX_ITEM_BYTES = 400 * 1024;

	private ItemSize() {
	}

	public static long of(Map<String, AttrValue> item) {
		long size = 0;
		for (Map.Entry<String, AttrValue> e : item.entrySet()) {
			size += utf8Length(e.getKey()) + of(e.getValue());
		}
		return size;
	}

	public static long of(AttrValue v) {
		return switch (v.type()) {
			case S -> utf8Length(v.s());
			case N -> (v.n().precision() + 1) / 2 + 1;
			case B -> v.b().length;
			case BOOL, NULL -> 1;
			case SS, NS, BS -> {
				long size = 0;
				for (AttrValue e : v.elements()) {
					size += of(e);
				}
				yield size;
			}
			case L -> {
				long size = 3;
				for (AttrValue e : v.l()) {
					size += of(e) + 1;
				}
				yield size;
			}
			case M -> {
				long size = 3;
				for (Map.Entry<String, AttrValue> e : v.m().entrySet()) {
					size += utf8Length(e.getKey()) + of(e.getValue()) + 1;
				}
				yield size;
			}
		};
	}

	/** The UTF-8 encoded length of a string, without encoding it. */
	public static int utf8Length(String s) {
		int length = s.length();
		int bytes = length;
		for (int i = 0; i < length; i++) {
			char c = s.charAt(i);
			if (c >= 0x80) {
				if (c < 0x800) {
					bytes += 1;
				}
				else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
					bytes += 2;
					i++;
				}
				else {
					bytes += 2;
				}
			}
		}
		return bytes;
	}

}
