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
import java.util.EnumMap;
import java.util.Map;

/**
 * State of parsing one expression: placeholder resolution and the semantic errors found
 * on the way. Those errors are held back until the whole expression has parsed, because
 * DynamoDB reports a syntax error before any of them, and among them reports the kinds in
 * a fixed order.
 */
final class ParseContext {

	/** Kinds of deferred errors, in the order DynamoDB gives them priority. */
	enum ErrorKind {

		RESERVED, UNKNOWN_FUNCTION, MISUSED_FUNCTION, SECTION, UNDEFINED_PLACEHOLDER, OVERLAP, CONFLICT, OPERAND,
		DISTINCT, FUNCTION

	}

	private final ExpressionAttributes attributes;

	private EnumMap<ErrorKind, String> errors = new EnumMap<>(ErrorKind.class);

	ParseContext(ExpressionAttributes attributes) {
		this.attributes = attributes;
	}

	void defer(ErrorKind kind, String message) {
		errors.putIfAbsent(kind, message);
	}

	Map<ErrorKind, String> snapshot() {
		return new EnumMap<>(errors);
	}

	void restore(Map<ErrorKind, String> snapshot) {
		errors = new EnumMap<>(ErrorKind.class);
		errors.putAll(snapshot);
	}

	void throwDeferred() {
		for (String message : errors.values()) {
			throw new ExpressionException(message);
		}
	}

	String resolveName(String placeholder) {
		String name = attributes.name(placeholder);
		if (name == null) {
			defer(ErrorKind.UNDEFINED_PLACEHOLDER,
					"An expression attribute name used in the document path is not defined; attribute name: "
							+ placeholder);
			return placeholder;
		}
		return name;
	}

	/**
	 * The value of a placeholder, or null (with the error deferred) when it is not
	 * defined.
	 */
	AttrValue resolveValue(String placeholder) {
		AttrValue value = attributes.value(placeholder);
		if (value == null) {
			defer(ErrorKind.UNDEFINED_PLACEHOLDER,
					"An expression attribute value used in expression is not defined; attribute value: " + placeholder);
			return null;
		}
		return value;
	}

	void checkReserved(String identifier) {
		if (ReservedWords.isReserved(identifier)) {
			defer(ErrorKind.RESERVED, "Attribute name is a reserved keyword; reserved keyword: " + identifier);
		}
	}

}
