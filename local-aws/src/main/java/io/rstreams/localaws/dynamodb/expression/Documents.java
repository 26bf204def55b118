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
import java.util.List;
import java.util.Map;

/**
 * Reading a document path out of an item, and finding the container an update writes
 * into.
 */
public final class Documents {

	static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";

	private Documents() {
	}

	/**
	 * The value at {@code path}, or null when any step is missing or of the wrong kind.
	 */
	public static AttrValue get(Map<String, AttrValue> item, DocumentPath path) {
		AttrValue current = item.get(path.topLevelName());
		for (int i = 1; i < path.size() && current != null; i++) {
			current = child(current, path.element(i));
		}
		return current;
	}

	static AttrValue child(AttrValue container, Object element) {
		if (element instanceof Integer index) {
			if (container.type() != AttrValue.Type.L) {
				return null;
			}
			List<AttrValue> list = container.l();
			return index < list.size() ? list.get(index) : null;
		}
		return container.type() == AttrValue.Type.M ? container.m().get((String) element) : null;
	}

	/**
	 * The map or list (of a working copy of an item) that holds the last element of
	 * {@code path}: a map value for a name, a list value for an index, or null for a
	 * top-level attribute, which lives in the item itself. Fails with DynamoDB's
	 * "document path ... invalid for update" when a step is missing or of the wrong kind.
	 */
	static AttrValue parentForUpdate(Map<String, AttrValue> item, DocumentPath path) {
		if (path.size() == 1) {
			return null;
		}
		AttrValue current = item.get(path.topLevelName());
		for (int i = 1; i < path.size() - 1 && current != null; i++) {
			current = child(current, path.element(i));
		}
		Object last = path.last();
		AttrValue.Type expected = last instanceof Integer ? AttrValue.Type.L : AttrValue.Type.M;
		if (current == null || current.type() != expected) {
			throw DynamoDbException.validation(INVALID_PATH);
		}
		return current;
	}

}
