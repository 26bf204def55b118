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
package io.rstreams.client.write;

import java.time.Clock;
import java.util.Objects;

import io.rstreams.client.Event;

/**
 * What the SDK's {@code load} does to an event before it is written (protocol.md 5.1 step
 * 1): a missing {@code id} becomes the writer's bot id, missing timestamps become now,
 * and any {@code eid} goes (only the bus assigns eids). Events the bus would drop
 * (protocol.md 5.4 step 5) are refused here, where the caller can still see why.
 */
final class EventDefaults {

	private final Clock clock;

	private final String botId;

	EventDefaults(Clock clock, String botId) {
		this.clock = clock;
		this.botId = botId;
	}

	/**
	 * @throws IllegalArgumentException for an event with no queue, no id, or a payload
	 * that is not truthy
	 */
	Event apply(Event event) {
		Objects.requireNonNull(event, "event");
		if (event.event() == null || event.event().isBlank()) {
			throw new IllegalArgumentException("An event needs a queue ('event') to be written");
		}
		if (!event.hasTruthyPayload()) {
			throw new IllegalArgumentException("Queue '" + event.event() + "': the bus drops events whose payload is "
					+ "null, false, 0 or an empty string (got " + event.payload() + ")");
		}
		String id = event.id() != null ? event.id() : botId;
		if (id == null) {
			throw new IllegalArgumentException("Queue '" + event.event() + "': an event needs the producing bot's id");
		}
		long now = clock.millis();
		Event.Builder b = event.toBuilder().id(id).eid(null);
		if (event.eventSourceTimestamp() == null || event.eventSourceTimestamp() == 0) {
			b.eventSourceTimestamp(now);
		}
		if (event.timestamp() == null || event.timestamp() == 0) {
			b.timestamp(now);
		}
		return b.build();
	}

}
