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

import java.util.List;

/**
 * A resolved document path: the top-level attribute name, then map keys (strings) and
 * list indexes (integers). A name that came from a {@code #placeholder} is one element
 * even when it contains dots or colons, e.g. {@code #event -> "queue:orders"}.
 */
public record DocumentPath(List<Object> elements) {

	public DocumentPath {
		elements = List.copyOf(elements);
	}

	public static DocumentPath of(Object... elements) {
		return new DocumentPath(List.of(elements));
	}

	public String topLevelName() {
		return (String) elements.get(0);
	}

	public int size() {
		return elements.size();
	}

	public Object element(int i) {
		return elements.get(i);
	}

	public Object last() {
		return elements.get(elements.size() - 1);
	}

	/** Whether this path equals {@code other} or leads into it (or the reverse). */
	public boolean overlaps(DocumentPath other) {
		int n = Math.min(size(), other.size());
		for (int i = 0; i < n; i++) {
			if (!elements.get(i).equals(other.elements.get(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the paths agree up to a point where one indexes a list and the other names
	 * a map key.
	 */
	public boolean conflicts(DocumentPath other) {
		int n = Math.min(size(), other.size());
		for (int i = 0; i < n; i++) {
			Object a = elements.get(i);
			Object b = other.elements.get(i);
			if (!a.equals(b)) {
				return a.getClass() != b.getClass();
			}
		}
		return false;
	}

	/** DynamoDB's rendering in error messages: {@code [a, b, [0]]}. */
	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < elements.size(); i++) {
			if (i > 0) {
				sb.append(", ");
			}
			Object e = elements.get(i);
			sb.append(e instanceof Integer ? "[" + e + "]" : e);
		}
		return sb.append(']').toString();
	}
}
