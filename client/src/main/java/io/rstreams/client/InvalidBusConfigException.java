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

import java.util.List;

/**
 * A bus configuration that cannot be used: JSON that does not parse, or required resource
 * names that are missing. The message names every missing key with the spelling the Node
 * SDK and the bus's Secrets Manager secret use (protocol.md section 10).
 */
public class InvalidBusConfigException extends RStreamsException {

	private final List<String> missingKeys;

	public InvalidBusConfigException(String message, List<String> missingKeys) {
		super(message);
		this.missingKeys = List.copyOf(missingKeys);
	}

	public InvalidBusConfigException(String message, Throwable cause) {
		super(message, cause);
		this.missingKeys = List.of();
	}

	/**
	 * The keys that were required and absent (empty when the problem was not a missing
	 * key).
	 */
	public List<String> missingKeys() {
		return missingKeys;
	}

}
