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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.client.QueueRef;

/**
 * The queues of a consumer binding's destination ({@code orders,returns}). Spring Cloud
 * Stream binds each name of a comma-separated destination on its own, so a mistake in the
 * list (an empty name, a queue named twice) would otherwise show up half-way through, or
 * not at all: two readers of one queue under one bot would share its lease and
 * checkpoint. The whole list is checked before its first queue is bound.
 */
final class ConsumerDestinations {

	private ConsumerDestinations() {
	}

	/**
	 * The queue ids of {@code destination}, in the order given, each normalised as the
	 * Node SDK does (protocol.md 3.2).
	 * @throws IllegalStateException naming the binding and the offending name
	 */
	static List<String> queueIds(String binding, String destination) {
		String[] names = destination.split(",", -1);
		Map<String, String> byQueue = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			String name = names[i].trim();
			if (name.isEmpty()) {
				problems.add("name " + (i + 1) + " of " + names.length + " is empty (two commas in a row, or a "
						+ "comma at the start or the end)");
				continue;
			}
			String queue = QueueRef.parse(name).queueId();
			String earlier = byQueue.putIfAbsent(queue, name);
			if (earlier != null) {
				problems.add(earlier.equals(name) ? "queue '" + name + "' is listed twice"
						: "'" + earlier + "' and '" + name + "' are the same queue '" + queue + "'");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Invalid destination '" + destination + "' of consumer binding '" + binding
					+ "': " + String.join("; ", problems) + ". List each queue once, separated by commas: "
					+ "'orders,returns'.");
		}
		return List.copyOf(byQueue.keySet());
	}

}
