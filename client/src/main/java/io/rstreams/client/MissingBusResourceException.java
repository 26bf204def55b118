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
 * A resource the bus configuration names (table, stream, bucket) does not exist, cannot
 * be seen, or could not be checked (the cause says why: a missing name, access denied, a
 * timeout, a transient AWS failure).
 */
public class MissingBusResourceException extends RStreamsException {

	private final String key;

	private final String resourceName;

	public MissingBusResourceException(String key, String resourceName, String message, Throwable cause) {
		super(message, cause);
		this.key = key;
		this.resourceName = resourceName;
	}

	/** The bus config key ({@code LeoStream}, {@code LeoKinesisStream}...). */
	public String key() {
		return key;
	}

	/** The physical name that was looked for. */
	public String resourceName() {
		return resourceName;
	}

}
