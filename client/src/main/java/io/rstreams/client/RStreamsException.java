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
package io.rstreams.client;

/**
 * Base type of every error this client raises on purpose. Subclasses say what went wrong
 * in RStreams terms (queue, bot, eid range, resource name), so that a caller can tell a
 * configuration problem from bad data or an outage without reading AWS exception types.
 */
public class RStreamsException extends RuntimeException {

	public RStreamsException(String message) {
		super(message);
	}

	public RStreamsException(String message, Throwable cause) {
		super(message, cause);
	}

}
