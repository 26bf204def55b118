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
import java.util.TreeMap;

/**
 * Selects document paths out of an item the way a ProjectionExpression does: nested paths
 * keep their enclosing maps, selected list elements keep their order and are packed
 * together, and paths the item lacks are left out. Also used for ReturnValues UPDATED_OLD
 * / UPDATED_NEW, which return the updated paths.
 */
public final class Projection {

	private final Node root = new Node();

	public Projection(List<DocumentPath> paths) {
		for (DocumentPath path : paths) {
			Node node = root;
			for (Object element : path.elements()) {
				node = element instanceof Integer index ? node.indexes.computeIfAbsent(index, k -> new Node())
						: node.names.computeIfAbsent((String) element, k -> new Node());
			}
			node.whole = true;
		}
	}

	public static Projection parse(String source, ExpressionAttributes attributes) {
		return ProjectionParser.parse(source, attributes);
	}

	public Map<String, AttrValue> apply(Map<String, AttrValue> item) {
		Map<String, AttrValue> result = new LinkedHashMap<>();
		for (Map.Entry<String, Node> e : root.names.entrySet()) {
			AttrValue v = item.get(e.getKey());
			AttrValue selected = v == null ? null : e.getValue().select(v);
			if (selected != null) {
				result.put(e.getKey(), selected);
			}
		}
		return result;
	}

	private static final class Node {

		final Map<String, Node> names = new LinkedHashMap<>();

		final TreeMap<Integer, Node> indexes = new TreeMap<>();

		boolean whole;

		AttrValue select(AttrValue value) {
			if (whole) {
				return value;
			}
			if (value.type() == AttrValue.Type.M && !names.isEmpty()) {
				Map<String, AttrValue> selected = new LinkedHashMap<>();
				for (Map.Entry<String, Node> e : names.entrySet()) {
					AttrValue child = value.m().get(e.getKey());
					AttrValue part = child == null ? null : e.getValue().select(child);
					if (part != null) {
						selected.put(e.getKey(), part);
					}
				}
				return selected.isEmpty() ? null : AttrValue.m(selected);
			}
			if (value.type() == AttrValue.Type.L && !indexes.isEmpty()) {
				List<AttrValue> selected = new ArrayList<>();
				for (Map.Entry<Integer, Node> e : indexes.entrySet()) {
					if (e.getKey() < value.l().size()) {
						AttrValue part = e.getValue().select(value.l().get(e.getKey()));
						if (part != null) {
							selected.add(part);
						}
					}
				}
				return selected.isEmpty() ? null : AttrValue.l(selected);
			}
			return null;
		}

	}

}
