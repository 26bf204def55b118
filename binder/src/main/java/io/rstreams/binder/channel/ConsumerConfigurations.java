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

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.rstreams.binder.properties.RStreamsConsumerProperties;

/**
 * The RStreams settings of the consumer bindings, for Spring Cloud Stream's
 * {@code bindings} actuator endpoint ("additional configuration properties"). The core
 * asks by destination only, and several bindings may read one queue, so the answer is
 * keyed by binding name.
 */
final class ConsumerConfigurations {

	private final Map<String, Map<String, RStreamsConsumerProperties>> byQueue = new ConcurrentHashMap<>();

	void bound(String destination, String bindingName, RStreamsConsumerProperties properties) {
		byQueue.computeIfAbsent(destination, d -> new ConcurrentHashMap<>()).put(bindingName, properties);
	}

	void unbound(String destination, String bindingName) {
		byQueue.computeIfPresent(destination, (d, bindings) -> {
			bindings.remove(bindingName);
			return bindings.isEmpty() ? null : bindings;
		});
	}

	/**
	 * @return binding name to its RStreams consumer properties as configured, defaults
	 * included ({@code checkpoint-mode: batch}, {@code max-batch-bytes: 8MB})
	 */
	Map<String, Object> of(String destination) {
		Map<String, Object> view = new TreeMap<>();
		byQueue.getOrDefault(destination, Map.of())
			.forEach((binding, properties) -> view.put(binding, ReadableProperties.of(properties)));
		return view;
	}

}
