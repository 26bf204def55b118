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
package io.rstreams.autoconfigure;

import java.util.List;

import io.rstreams.client.RStreamsException;

/**
 * The bus could not be found or used: the message says what was looked for and where;
 * {@link #action()} says which property or permission fixes it (shown by Spring Boot's
 * failure analysis at start-up).
 */
public class RStreamsConfigurationException extends RStreamsException {

	private final String action;

	private final List<String> tried;

	public RStreamsConfigurationException(String message, String action, List<String> tried, Throwable cause) {
		super(message, cause);
		this.action = action;
		this.tried = List.copyOf(tried);
	}

	public String action() {
		return action;
	}

	/** Every name that was tried, in order. */
	public List<String> tried() {
		return tried;
	}

}
