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

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A DynamoDB error as the JSON protocol reports it: an error code (the part after
 * {@code #} in {@code __type}, which the SDKs map to exception classes), a message, and
 * for some codes extra members such as the old {@code Item} of a failed condition or the
 * {@code CancellationReasons} of a cancelled transaction.
 */
public final class DynamoDbException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The namespace real DynamoDB puts before the error code in {@code __type}. */
	public static final String TYPE_PREFIX = "com.amazonaws.dynamodb.v20120810#";

	private final String code;

	private final int status;

	private final transient ObjectNode extra;

	public DynamoDbException(String code, String message, int status, ObjectNode extra) {
		super(message, null, false, false);
		this.code = code;
		this.status = status;
		this.extra = extra;
	}

	public static DynamoDbException validation(String message) {
		return new DynamoDbException("ValidationException", message, 400, null);
	}

	public static DynamoDbException serialization(String message) {
		return new DynamoDbException("SerializationException", message, 400, null);
	}

	public static DynamoDbException resourceNotFound(String message) {
		return new DynamoDbException("ResourceNotFoundException", message, 400, null);
	}

	public static DynamoDbException resourceInUse(String message) {
		return new DynamoDbException("ResourceInUseException", message, 400, null);
	}

	public static DynamoDbException unknownOperation(String operation) {
		return new DynamoDbException("UnknownOperationException",
				"Operation is not supported by this local DynamoDB: " + operation, 400, null);
	}

	/**
	 * The conditional check failed; {@code oldItem} (or null) is returned when
	 * ReturnValuesOnConditionCheckFailure is ALL_OLD.
	 */
	public static DynamoDbException conditionalCheckFailed(ObjectNode oldItem) {
		ObjectNode extra = null;
		if (oldItem != null) {
			extra = JsonNodeFactory.instance.objectNode();
			extra.set("Item", oldItem);
		}
		return new DynamoDbException("ConditionalCheckFailedException", "The conditional request failed", 400, extra);
	}

	/** The error code, e.g. {@code ValidationException}. */
	public String code() {
		return code;
	}

	public int status() {
		return status;
	}

	/** Extra members of the error body, or null. */
	public ObjectNode extra() {
		return extra;
	}

	/** The error body: {@code {"__type": "...#Code", "message": "...", ...extra}}. */
	public ObjectNode toJson() {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("__type", TYPE_PREFIX + code);
		body.put("message", getMessage());
		if (extra != null) {
			body.setAll(extra);
		}
		return body;
	}

}
