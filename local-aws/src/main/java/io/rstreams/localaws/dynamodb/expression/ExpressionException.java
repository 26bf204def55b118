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

/**
 * A parse or validation error in one expression. The message is DynamoDB's text without
 * the {@code "Invalid UpdateExpression: "} style prefix, which the caller adds because
 * only it knows which request parameter the expression came from.
 */
public final class ExpressionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int position;

	public ExpressionException(String message) {
		this(message, -1);
	}

	ExpressionException(String message, int position) {
		super(message, null, false, false);
		this.position = position;
	}

	/**
	 * The index of the token the parser stopped at, so that a backtracking parser can
	 * report the furthest error.
	 */
	int position() {
		return position;
	}

}
