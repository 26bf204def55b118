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
import io.rstreams.localaws.dynamodb.value.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed update expression and its application to an item. As in DynamoDB, every SET
 * value is computed from the item as it was before the update, then the actions are
 * applied; a nested path whose parent map or list does not exist fails with "The document
 * path provided in the update expression is invalid for update".
 */
public final class UpdateExpression {

	private final List<UpdateAction> actions;

	UpdateExpression(List<UpdateAction> actions) {
		this.actions = List.copyOf(actions);
	}

	public List<UpdateAction> actions() {
		return actions;
	}

	/** The paths the actions write, for ReturnValues UPDATED_OLD / UPDATED_NEW. */
	public List<DocumentPath> paths() {
		List<DocumentPath> paths = new ArrayList<>();
		for (UpdateAction action : actions) {
			paths.add(action.path());
		}
		return paths;
	}

	/**
	 * Applies the actions to a copy of {@code oldItem} (which is not changed) and returns
	 * the new item.
	 * @throws DynamoDbException ValidationException when a path or an operand type is
	 * invalid for this item
	 */
	public Map<String, AttrValue> apply(Map<String, AttrValue> oldItem) {
		List<AttrValue> setValues = new ArrayList<>();
		for (UpdateAction action : actions) {
			if (action.kind() == UpdateAction.Kind.SET) {
				setValues.add(Operands.required(action.value(), oldItem));
			}
		}
		Map<String, AttrValue> item = AttrValue.deepCopy(oldItem);
		int nextSet = 0;
		List<UpdateAction> removals = new ArrayList<>();
		for (UpdateAction action : actions) {
			switch (action.kind()) {
				case SET -> put(item, action.path(), setValues.get(nextSet++));
				case REMOVE -> removals.add(action);
				case ADD -> add(item, action.path(), action.value().evaluate(oldItem));
				case DELETE -> delete(item, action.path(), action.value().evaluate(oldItem));
			}
		}
		removals.sort(Comparator.comparingInt(UpdateExpression::listIndex).reversed());
		for (UpdateAction removal : removals) {
			remove(item, removal.path());
		}
		return item;
	}

	/**
	 * REMOVEs of several elements of one list use the original indexes, so they run from
	 * the highest index down.
	 */
	private static int listIndex(UpdateAction action) {
		return action.path().last() instanceof Integer index ? index : -1;
	}

	private static void put(Map<String, AttrValue> item, DocumentPath path, AttrValue value) {
		AttrValue parent = Documents.parentForUpdate(item, path);
		Object last = path.last();
		if (parent == null) {
			item.put((String) last, value);
		}
		else if (last instanceof Integer index) {
			List<AttrValue> list = parent.l();
			if (index < list.size()) {
				list.set(index, value);
			}
			else {
				list.add(value);
			}
		}
		else {
			parent.m().put((String) last, value);
		}
	}

	private static AttrValue current(Map<String, AttrValue> item, DocumentPath path) {
		AttrValue parent = Documents.parentForUpdate(item, path);
		return parent == null ? item.get(path.topLevelName()) : Documents.child(parent, path.last());
	}

	private static void remove(Map<String, AttrValue> item, DocumentPath path) {
		AttrValue parent = Documents.parentForUpdate(item, path);
		Object last = path.last();
		if (parent == null) {
			item.remove((String) last);
		}
		else if (last instanceof Integer index) {
			if (index < parent.l().size()) {
				parent.l().remove((int) index);
			}
		}
		else {
			parent.m().remove((String) last);
		}
	}

	private static void add(Map<String, AttrValue> item, DocumentPath path, AttrValue operand) {
		AttrValue existing = current(item, path);
		if (existing == null) {
			put(item, path, operand);
			return;
		}
		if (existing.type() != operand.type()) {
			throw DynamoDbException.validation(Operands.WRONG_TYPE);
		}
		if (operand.type() == AttrValue.Type.N) {
			put(item, path, AttrValue.n(Numbers.check(existing.n().add(operand.n()))));
		}
		else {
			Set<AttrValue> union = new LinkedHashSet<>(existing.elements());
			union.addAll(operand.elements());
			put(item, path, AttrValue.set(operand.type(), new ArrayList<>(union)));
		}
	}

	private static void delete(Map<String, AttrValue> item, DocumentPath path, AttrValue operand) {
		AttrValue existing = current(item, path);
		if (existing == null) {
			return;
		}
		if (existing.type() != operand.type()) {
			throw DynamoDbException.validation(Operands.WRONG_TYPE);
		}
		List<AttrValue> remaining = new ArrayList<>(existing.elements());
		remaining.removeAll(operand.elements());
		if (remaining.isEmpty()) {
			remove(item, path);
		}
		else {
			put(item, path, AttrValue.set(existing.type(), remaining));
		}
	}

}
