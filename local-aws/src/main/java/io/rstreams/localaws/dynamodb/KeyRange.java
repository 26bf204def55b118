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
package io.rstreams.localaws.dynamodb;

import io.rstreams.localaws.dynamodb.value.AttrValue;
import io.rstreams.localaws.dynamodb.value.ValueOrder;
import io.rstreams.localaws.dynamodb.expression.KeyCondition;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.NavigableMap;

/**
 * The range keys a Query reads within one partition: bounds from the range key condition,
 * narrowed by an ExclusiveStartKey, plus a prefix for begins_with (whose matches are
 * contiguous in key order, being prefixes in UTF-8 byte order).
 */
final class KeyRange {

	private AttrValue low;

	private boolean lowInclusive = true;

	private AttrValue high;

	private boolean highInclusive = true;

	private AttrValue prefix;

	static KeyRange of(KeyCondition.Term term) {
		KeyRange range = new KeyRange();
		if (term == null) {
			return range;
		}
		AttrValue v = term.values().get(0);
		switch (term.operator()) {
			case EQ -> {
				range.low = v;
				range.high = v;
			}
			case LT, LE -> {
				range.high = v;
				range.highInclusive = term.operator() == KeyCondition.Operator.LE;
			}
			case GT, GE -> {
				range.low = v;
				range.lowInclusive = term.operator() == KeyCondition.Operator.GE;
			}
			case BETWEEN -> {
				range.low = v;
				range.high = term.values().get(1);
			}
			case BEGINS_WITH -> {
				range.low = v;
				range.prefix = v;
			}
		}
		return range;
	}

	/** Narrows the range to keys after {@code key} in the direction of reading. */
	void startAfter(AttrValue key, boolean forward) {
		if (forward) {
			if (low == null || ValueOrder.compare(key, low) >= 0) {
				low = key;
				lowInclusive = false;
			}
		}
		else if (high == null || ValueOrder.compare(key, high) <= 0) {
			high = key;
			highInclusive = false;
		}
	}

	NavigableMap<AttrValue, StoredItem> view(NavigableMap<AttrValue, StoredItem> partition) {
		if (low != null && high != null) {
			int c = ValueOrder.compare(low, high);
			if (c > 0 || c == 0 && !(lowInclusive && highInclusive)) {
				return Collections.emptyNavigableMap();
			}
			return partition.subMap(low, lowInclusive, high, highInclusive);
		}
		if (low != null) {
			return partition.tailMap(low, lowInclusive);
		}
		if (high != null) {
			return partition.headMap(high, highInclusive);
		}
		return partition;
	}

	/** Whether a key within the bounds also satisfies begins_with. */
	boolean matches(AttrValue key) {
		if (prefix == null) {
			return true;
		}
		if (prefix.type() == AttrValue.Type.S) {
			return ValueOrder.startsWith(key.s().getBytes(StandardCharsets.UTF_8),
					prefix.s().getBytes(StandardCharsets.UTF_8));
		}
		return ValueOrder.startsWith(key.b(), prefix.b());
	}

}
