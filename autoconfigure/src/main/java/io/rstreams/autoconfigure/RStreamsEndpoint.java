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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import io.rstreams.binder.observability.BindingReport;
import io.rstreams.binder.status.ConsumerBinding;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.config.BindingServiceProperties;

/**
 * {@code /actuator/rstreams}: this application's bots, the queues they read and write,
 * their checkpoints, lag and lease state; and operations on a consumer binding:
 * {@code POST /actuator/rstreams/<binding>} with {@code {"action": "pause"}},
 * {@code "resume"}, or {@code {"action": "move", "eid": "z/..."}} to move the bot's
 * checkpoint (the binding then reads after that eid).
 * <p>
 * The operations change what a bot reads, so they are off unless the application allows
 * them ({@code management.endpoint.rstreams.access=unrestricted}): exposing the endpoint
 * to see the bots should not also let anyone who reaches it skip events.
 * <p>
 * With several RStreams binders (one per bus, {@code spring.cloud.stream.binders}), it
 * shows the bindings of all of them.
 */
@Endpoint(id = "rstreams", defaultAccess = Access.READ_ONLY)
public class RStreamsEndpoint {

	private final BinderFactory binders;

	private final ResolvedBus bus;

	private final BindingServiceProperties bindingService;

	public RStreamsEndpoint(BinderFactory binders, ResolvedBus bus) {
		this(binders, bus, null);
	}

	/**
	 * @param bindingService the declared binders, to find every RStreams binder, or
	 * {@code null} for the default binder only
	 */
	public RStreamsEndpoint(BinderFactory binders, ResolvedBus bus, BindingServiceProperties bindingService) {
		this.binders = binders;
		this.bus = bus;
		this.bindingService = bindingService;
	}

	@ReadOperation
	public Map<String, Object> bots() {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("bus", bus == null ? null : Map.of("origin", bus.origin(), "local", bus.local()));
		Map<String, Object> consumers = new TreeMap<>();
		Map<String, Object> producers = new TreeMap<>();
		for (RStreamsMessageChannelBinder binder : rstreamsBinders()) {
			binder.consumerBindings()
				.forEach((name, adapter) -> consumers.put(name,
						BindingReport.consumer(adapter, binder.connection().clock())));
			binder.producers().forEach((name, handler) -> producers.put(name, BindingReport.producer(name, handler)));
		}
		result.put("consumers", consumers);
		result.put("producers", producers);
		return result;
	}

	@ReadOperation
	public Map<String, Object> binding(@Selector String binding) {
		RStreamsMessageChannelBinder binder = binderOf(binding);
		return BindingReport.consumer(binder.consumerBindings().get(binding), binder.connection().clock());
	}

	public Map<String, Object> act(String binding, String action, @Nullable String eid) {
		return act(binding, action, eid, null);
	}

	/**
	 * @param queue for {@code move} on a binding of several queues: the queue whose
	 * checkpoint moves (an eid is a position in one queue only)
	 */
	@WriteOperation
	public Map<String, Object> act(@Selector String binding, String action, @Nullable String eid,
			@Nullable String queue) {
		RStreamsMessageChannelBinder binder = binderOf(binding);
		ConsumerBinding adapter = binder.consumerBindings().get(binding);
		switch (action) {
			case "pause" -> adapter.pause();
			case "resume" -> adapter.resume();
			case "move" -> {
				if (eid == null || eid.isBlank()) {
					throw new IllegalArgumentException("'move' needs an 'eid'");
				}
				adapter.moveCheckpoint(queue, eid);
			}
			default -> throw new IllegalArgumentException("Unknown action '" + action + "': use pause, resume or move");
		}
		return BindingReport.consumer(adapter, binder.connection().clock());
	}

	/** The RStreams binder of a consumer binding. */
	private RStreamsMessageChannelBinder binderOf(String binding) {
		List<RStreamsMessageChannelBinder> all = rstreamsBinders();
		for (RStreamsMessageChannelBinder binder : all) {
			if (binder.consumerBindings().containsKey(binding)) {
				return binder;
			}
		}
		List<String> names = new ArrayList<>();
		all.forEach(binder -> names.addAll(new TreeMap<>(binder.consumerBindings()).keySet()));
		throw new IllegalArgumentException("No RStreams consumer binding '" + binding + "'; bindings: " + names);
	}

	private List<RStreamsMessageChannelBinder> rstreamsBinders() {
		List<RStreamsMessageChannelBinder> found = RStreamsBinders.inUse(binders, bindingService);
		if (found.isEmpty()) {
			throw new IllegalStateException("The RStreams binder is not in use");
		}
		return found;
	}

}
