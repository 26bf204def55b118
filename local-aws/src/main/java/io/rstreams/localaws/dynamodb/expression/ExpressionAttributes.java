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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request, shared by
 * all its expressions, with a record of which placeholders the expressions used: DynamoDB
 * rejects a request that defines a placeholder no expression uses.
 */
public final class ExpressionAttributes {

	private final Map<String, String> names;

	private final Map<String, AttrValue> values;

	private final Set<String> usedNames = new LinkedHashSet<>();

	private final Set<String> usedValues = new LinkedHashSet<>();

	public ExpressionAttributes(Map<String, String> names, Map<String, AttrValue> values) {
		this.names = names == null ? Map.of() : new LinkedHashMap<>(names);
		this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
	}

	/** The attribute name for a {@code #placeholder}, or null when it is not defined. */
	String name(String placeholder) {
		String name = names.get(placeholder);
		if (name != null) {
			usedNames.add(placeholder);
		}
		return name;
	}

	/** The value for a {@code :placeholder}, or null when it is not defined. */
	AttrValue value(String placeholder) {
		AttrValue value = values.get(placeholder);
		if (value != null) {
			usedValues.add(placeholder);
		}
		return value;
	}

	/** Placeholders defined but used by no expression, in definition order. */
	public List<String> unusedNames() {
		List<String> unused = new ArrayList<>();
		for (String key : names.keySet()) {
			if (!usedNames.contains(key)) {
				unused.add(key);
			}
		}
		return unused;
	}

	public List<String> unusedValues() {
		List<String> unused = new ArrayList<>();
		for (String key : values.keySet()) {
			if (!usedValues.contains(key)) {
				unused.add(key);
			}
		}
		return unused;
	}

}
