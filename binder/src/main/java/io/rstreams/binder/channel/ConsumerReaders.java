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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.binder.status.ConsumerBinding;
import io.rstreams.binder.status.MultiQueueBinding;

/**
 * The readers of the consumer bindings: one per queue of a binding's destination, as
 * Spring Cloud Stream binds each name of a comma-separated destination on its own; and
 * how operators see them: a binding of one queue as its reader, a binding of several as
 * one {@link MultiQueueBinding}.
 */
final class ConsumerReaders {

	/** Binding name to its readers, by queue id. */
	private final Map<String, Map<String, RStreamsInboundChannelAdapter>> readers = new ConcurrentHashMap<>();

	/** Binding name to the queues of its destination, in order, once checked. */
	private final Map<String, List<String>> destinations = new ConcurrentHashMap<>();

	/**
	 * Checks the binding's destination as a whole when its first queue is bound, and
	 * refuses a queue the binding already reads (its two readers would share the bot's
	 * lease and checkpoint).
	 * @param destination the binding's destination as configured, or {@code null} when
	 * unknown (outside an application)
	 * @return the binding's queue ids
	 */
	List<String> check(String binding, String queueId, String destination) {
		List<String> queues = destination == null ? List.of(queueId)
				: ConsumerDestinations.queueIds(binding, destination);
		if (of(binding).containsKey(queueId)) {
			throw new IllegalStateException("Consumer binding '" + binding + "' already reads queue '" + queueId
					+ "': list each queue of a destination once");
		}
		if (destination != null) {
			destinations.put(binding, queues);
		}
		return queues;
	}

	void bound(String binding, String queueId, RStreamsInboundChannelAdapter reader) {
		readers.computeIfAbsent(binding, b -> new ConcurrentSkipListMap<>()).put(queueId, reader);
	}

	void unbound(String binding, String queueId) {
		Map<String, RStreamsInboundChannelAdapter> left = readers.computeIfPresent(binding, (b, bound) -> {
			bound.remove(queueId);
			return bound.isEmpty() ? null : bound;
		});
		if (left == null) {
			destinations.remove(binding);
		}
	}

	/** The readers of one binding, by queue id, in the order of its destination. */
	Map<String, RStreamsInboundChannelAdapter> of(String binding) {
		Map<String, RStreamsInboundChannelAdapter> bound = readers.getOrDefault(binding, Map.of());
		Map<String, RStreamsInboundChannelAdapter> ordered = new LinkedHashMap<>();
		destinations.getOrDefault(binding, List.of()).forEach(queue -> {
			RStreamsInboundChannelAdapter reader = bound.get(queue);
			if (reader != null) {
				ordered.put(queue, reader);
			}
		});
		ordered.putAll(bound);
		return ordered;
	}

	/**
	 * Whether the binding reads several queues (by its destination, even while only some
	 * of them are bound).
	 */
	boolean severalQueues(String binding) {
		List<String> queues = destinations.get(binding);
		return queues != null ? queues.size() > 1 : readers.getOrDefault(binding, Map.of()).size() > 1;
	}

	/** The readers of the bindings of one queue, by binding name. */
	Map<String, RStreamsInboundChannelAdapter> single() {
		Map<String, RStreamsInboundChannelAdapter> single = new LinkedHashMap<>();
		readers.forEach((binding, bound) -> {
			if (!severalQueues(binding)) {
				bound.values().forEach(reader -> single.put(binding, reader));
			}
		});
		return Map.copyOf(single);
	}

	/** Every binding as operators see it, by binding name. */
	Map<String, ConsumerBinding> bindings() {
		Map<String, ConsumerBinding> bindings = new LinkedHashMap<>();
		readers.forEach((binding, bound) -> {
			if (severalQueues(binding)) {
				bindings.put(binding, new MultiQueueBinding(binding, of(binding)));
			}
			else {
				bound.values().forEach(reader -> bindings.put(binding, reader));
			}
		});
		return Map.copyOf(bindings);
	}

}
