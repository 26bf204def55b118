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
package io.rstreams.binder.channel;

import java.util.ArrayList;
import java.util.List;

import org.springframework.cloud.stream.binder.ConsumerProperties;

/**
 * What a polled consumer cannot do on top of {@link ConsumerValidation}: a poll hands out
 * one message, on the application's thread.
 */
final class PolledConsumerValidation {

	private PolledConsumerValidation() {
	}

	/**
	 * @param destination the binding's destination as configured, or {@code null}
	 */
	static void validate(String binding, ConsumerProperties properties, String destination) {
		List<String> problems = new ArrayList<>();
		if (destination != null && destination.contains(",")) {
			problems.add("a pollable source reads one queue, not '" + destination
					+ "' (declare one pollable source per queue)");
		}
		if (properties.isBatchMode()) {
			problems.add("batch-mode cannot be used with a pollable source (each poll hands out one event)");
		}
		if (properties.getConcurrency() > 1) {
			problems.add("concurrency > 1 cannot be used with a pollable source (the application's threads poll)");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Invalid RStreams pollable source settings for binding '" + binding + "': "
					+ String.join("; ", problems));
		}
	}

}
