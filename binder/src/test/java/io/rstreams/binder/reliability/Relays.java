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
package io.rstreams.binder.reliability;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.rstreams.binder.LocalBusSupport;
import io.rstreams.binder.status.BindingState;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;

/** Inputs for relay runs, and the waits every reliability test makes. */
final class Relays {

	private Relays() {
	}

	/**
	 * Writes {@code count} inputs {@code {"n": i}} (without faults, as another bot would)
	 * and returns them stored.
	 */
	static List<Event> writeInputs(LocalBus bus, RelayBot bot, int from, int count) {
		List<String> payloads = new ArrayList<>(count);
		for (int i = from; i < from + count; i++) {
			payloads.add("{\"n\":" + i + "}");
		}
		LocalBusSupport.write(bus, bot.inputQueue(), "chaos-source", payloads, 1_700_000_000_000L + from);
		return LocalBusSupport.readAll(bus, bot.inputQueue());
	}

	/**
	 * Waits until the bot checkpointed the last input and reads again; returns how long
	 * that took.
	 */
	static Duration awaitCaughtUp(LocalBus bus, RelayBot bot, List<Event> inputs, Duration atMost) {
		long started = System.nanoTime();
		String last = inputs.get(inputs.size() - 1).eid();
		await().atMost(atMost)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> last.equals(LocalBusSupport.checkpoint(bus, bot.botId(), bot.inputQueue()))
					&& bot.binding().state() == BindingState.RUNNING);
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
