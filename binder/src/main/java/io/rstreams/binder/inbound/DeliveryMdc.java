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
package io.rstreams.binder.inbound;

import io.rstreams.client.Event;
import org.slf4j.MDC;

/**
 * Puts the binding, bot, queue and eid in the logging MDC while the application handles
 * events, so every line it logs (with Spring Boot's structured logging, or a pattern with
 * {@code %X}) says which bot was handling which event. The keys are removed afterwards,
 * or given back the values they had: a reader thread serves one binding, but the
 * application may have put its own values there.
 */
final class DeliveryMdc {

	static final String BINDING = "rstreams.binding";

	static final String BOT = "rstreams.bot";

	static final String QUEUE = "rstreams.queue";

	/** Of a batch, the eid of its last event: the one a checkpoint would move to. */
	static final String EID = "rstreams.eid";

	private static final String[] KEYS = { BINDING, BOT, QUEUE, EID };

	private DeliveryMdc() {
	}

	/**
	 * Runs the delivery with the keys set.
	 * @param botId {@code null} for an anonymous consumer (no bot key)
	 * @param last the event delivered, or the last of the batch
	 */
	static void around(String bindingName, String botId, Event last, Runnable delivery) {
		try (Restore previous = open(bindingName, botId, last)) {
			delivery.run();
		}
	}

	/**
	 * Sets the keys until the returned handle is closed, on this thread: a polled
	 * delivery sets them when it hands the event out and restores them when the poll
	 * returned.
	 */
	static Restore open(String bindingName, String botId, Event last) {
		String[] previous = new String[KEYS.length];
		for (int i = 0; i < KEYS.length; i++) {
			previous[i] = MDC.get(KEYS[i]);
		}
		put(BINDING, bindingName);
		put(BOT, botId);
		put(QUEUE, last.event());
		put(EID, last.eid());
		return new Restore(previous);
	}

	/** The values the keys had before {@link #open}. */
	static final class Restore implements AutoCloseable {

		private final String[] previous;

		private Restore(String[] previous) {
			this.previous = previous;
		}

		@Override
		public void close() {
			for (int i = 0; i < KEYS.length; i++) {
				put(KEYS[i], previous[i]);
			}
		}

	}

	private static void put(String key, String value) {
		if (value == null) {
			MDC.remove(key);
		}
		else {
			MDC.put(key, value);
		}
	}

}
