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
package io.rstreams.localbus.faults;

/**
 * What can go wrong with one AWS call, as seen by the client that made it.
 *
 * <p>
 * The kinds are the ones the binder must survive: refusals that say "try again"
 * (throttling, 5xx), network failures before or after the server applied the request, a
 * response body cut short, and an answer that comes too late. {@link #ACCESS_DENIED} is
 * the non-retryable refusal, for tests of permission changes.
 */
public enum Fault {

	/**
	 * The service refuses with its throttling error (DynamoDB/Kinesis: HTTP 400, S3: 503
	 * SlowDown).
	 */
	THROTTLE(false),

	/** The service answers HTTP 500 with its internal error. */
	SERVER_ERROR(false),

	/**
	 * The connection breaks before the request reaches the service: nothing was applied.
	 */
	RESET_BEFORE(false),

	/**
	 * The service applies the request, then the connection breaks: the response is lost.
	 */
	RESET_AFTER(true),

	/**
	 * The service applies the request and answers, but the body stops half-way (the
	 * connection drops).
	 */
	TRUNCATE(true),

	/**
	 * No answer within the client's timeout; the service applies the request after the
	 * delay of the rule, when the client has given up on it (a slow server, a lost
	 * response).
	 */
	TIMEOUT(true),

	/**
	 * The service refuses with access denied (HTTP 403 for S3, 400
	 * {@code AccessDeniedException} otherwise).
	 */
	ACCESS_DENIED(false);

	private final boolean applied;

	Fault(boolean applied) {
		this.applied = applied;
	}

	/** Whether the service applied the request although the client sees a failure. */
	public boolean applied() {
		return applied;
	}

}
