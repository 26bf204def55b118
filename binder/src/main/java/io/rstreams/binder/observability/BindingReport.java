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

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.rstreams.binder.inbound.OutputsNotAcceptedException;
import io.rstreams.binder.outbound.RStreamsMessageHandler;
import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.status.BindingStats;
import io.rstreams.binder.status.BindingStatus;
import io.rstreams.binder.status.Failures;
import io.rstreams.client.aws.AwsCallException;

/**
 * What operators see of a binding, as a map (health details, the actuator endpoint):
 * state, lease, position, checkpoint, lag, counters, last error.
 */
public final class BindingReport {

	private BindingReport() {
	}

	public static Map<String, Object> consumer(BindingStatus a, Clock clock) {
		BindingStats s = a.stats();
		long now = clock.millis();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("state", a.state().name());
		m.put("bot", a.botId() == null ? "(anonymous)" : a.botId());
		m.put("queue", a.queue());
		m.put("leaseHeld", a.leaseHeld());
		m.put("owner", a.owner());
		m.put("position", a.position() == null ? null : a.position().toString());
		m.put("checkpoint", a.checkpoint());
		m.put("maxEid", s.maxEid());
		m.put("lagEvents", s.lagEvents() < 0 ? null : s.lagEvents() + (s.lagExact() ? "" : "+"));
		m.put("lagMillis", s.lagMillis(now) < 0 ? null : s.lagMillis(now));
		m.put("lastReadAt", time(s.lastReadAt()));
		m.put("lastCheckpointAt", time(s.lastCheckpointAt()));
		m.put("eventsRead", s.eventsRead());
		m.put("eventsFailed", s.eventsFailed());
		m.put("checkpoints", s.checkpoints());
		m.put("checkpointFailures", s.checkpointFailures());
		Throwable error = a.lastError();
		if (error != null) {
			m.put("lastError", Failures.describe(error));
			m.put("lastErrorAt", a.lastErrorAt() == null ? null : a.lastErrorAt().toString());
		}
		if (a.state() == BindingState.BLOCKED && error != null) {
			Map<String, Object> blocked = new LinkedHashMap<>();
			blocked.put("at", a.position() == null ? null : a.position().toString());
			blocked.put("since", a.blockedSince() == null ? null : a.blockedSince().toString());
			blocked.put("reason", Failures.describe(error));
			blocked.put("transient", isTransient(error));
			m.put("blocked", blocked);
		}
		if (!a.queues().isEmpty()) {
			Map<String, Object> queues = new LinkedHashMap<>();
			a.queues().forEach((queue, status) -> queues.put(queue, consumer(status, clock)));
			m.put("queues", queues);
		}
		return m;
	}

	/**
	 * Whether a failure is one that passes by itself (throttling, 5xx, network, outputs
	 * still in flight), as opposed to one that needs someone to act (access denied, a
	 * missing resource, an event nothing handles).
	 */
	public static boolean isTransient(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof AwsCallException ace) {
				return ace.isRetryable();
			}
			if (t instanceof OutputsNotAcceptedException o && !o.failed()) {
				return true;
			}
		}
		return false;
	}

	public static Map<String, Object> producer(String binding, RStreamsMessageHandler h) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("queue", h.queue());
		m.put("eventsWritten", h.writer().eventsAccepted());
		m.put("eventsFailed", h.writer().eventsFailed());
		m.put("pending", h.writer().pending());
		m.put("recordRetries", h.writer().recordRetries());
		return m;
	}

	private static String time(long epochMillis) {
		return epochMillis <= 0 ? null : Instant.ofEpochMilli(epochMillis).toString();
	}

}
