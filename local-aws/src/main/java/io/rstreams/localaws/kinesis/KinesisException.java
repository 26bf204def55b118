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
package io.rstreams.localaws.kinesis;

/**
 * A Kinesis error as its JSON protocol reports it: the error code in {@code __type} (and
 * in the {@code x-amzn-ErrorType} header), which the SDKs map to exception classes, a
 * message, and the HTTP status. Kinesis answers client errors with 400 and its own
 * failures with 500.
 */
public final class KinesisException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final int status;

	public KinesisException(String code, String message, int status) {
		super(message, null, false, false);
		this.code = code;
		this.status = status;
	}

	public static KinesisException validation(String message) {
		return new KinesisException("ValidationException", message, 400);
	}

	/**
	 * Kinesis's wording for a missing required member, as its request validation says it.
	 */
	public static KinesisException missing(String member) {
		return validation("1 validation error detected: Value null at '" + lowerFirst(member)
				+ "' failed to satisfy constraint: Member must not be null");
	}

	public static KinesisException invalidArgument(String message) {
		return new KinesisException("InvalidArgumentException", message, 400);
	}

	public static KinesisException resourceNotFound(String message) {
		return new KinesisException("ResourceNotFoundException", message, 400);
	}

	public static KinesisException resourceInUse(String message) {
		return new KinesisException("ResourceInUseException", message, 400);
	}

	public static KinesisException serialization(String message) {
		return new KinesisException("SerializationException", message, 400);
	}

	public static KinesisException unknownOperation(String operation) {
		return new KinesisException("UnknownOperationException",
				"This local Kinesis API does not implement " + operation, 400);
	}

	static String lowerFirst(String member) {
		return member.isEmpty() ? member : Character.toLowerCase(member.charAt(0)) + member.substring(1);
	}

	public String code() {
		return code;
	}

	public int status() {
		return status;
	}

}
