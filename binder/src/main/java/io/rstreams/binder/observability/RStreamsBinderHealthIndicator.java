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
package io.rstreams.binder.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.status.BindingStatus;
import io.rstreams.binder.status.ConsumerBinding;
import io.rstreams.binder.status.ConsumerBindings;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the RStreams binder, binding by binding: DOWN when a binding stopped because
 * another reader moved its checkpoint (stale), could not start, or is blocked by a
 * failure that does not pass by itself (access denied, a missing resource, an event
 * nothing handles); UP otherwise (a binding retrying a transient AWS fault is UP, with
 * state {@code BLOCKED} and the reason in its details), with each binding's state
 * (reading, standing by for the lease, paused), lease, last read and checkpoint, lag and
 * last error in the details. Shown under {@code binders.rstreams} by Spring Cloud
 * Stream's binders health contributor.
 */
public class RStreamsBinderHealthIndicator implements HealthIndicator {

	/**
	 * Said next to UP, because an embedded bus is UP while what the bots write lives only
	 * in this process.
	 */
	static final String EMBEDDED_NOTE = "Embedded local bus: in memory, in this process; its events are gone when "
			+ "the application stops. Not a real bus.";

	private final ConsumerBindings binder;

	public RStreamsBinderHealthIndicator(ConsumerBindings binder) {
		this.binder = binder;
	}

	@Override
	public Health health() {
		boolean down = false;
		Map<String, Object> bindings = new LinkedHashMap<>();
		for (Map.Entry<String, ConsumerBinding> e : new TreeMap<>(binder.consumerBindings()).entrySet()) {
			BindingStatus a = e.getValue();
			// a binding of several queues is down when one of them is, whatever the
			// others do
			for (BindingStatus queue : a.queues().isEmpty() ? List.of(a) : a.queues().values()) {
				down |= down(queue);
			}
			bindings.put(e.getKey(), BindingReport.consumer(a, binder.connection().clock()));
		}
		Health.Builder health = down ? Health.down() : Health.up();
		health.withDetail("bus", binder.connection().origin());
		if (binder.connection().embedded()) {
			health.withDetail("embedded", true).withDetail("note", EMBEDDED_NOTE);
		}
		return health.withDetail("bindings", bindings).build();
	}

	private static boolean down(BindingStatus a) {
		BindingState state = a.state();
		return state == BindingState.STALE || state == BindingState.FAILED
				|| (state == BindingState.BLOCKED && !BindingReport.isTransient(a.lastError()));
	}

}
