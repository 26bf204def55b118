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
package io.rstreams.console;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadRequest;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;

/** Writing and reading test events on a local bus for the console's tests. */
final class ConsoleFixtures {

	private ConsoleFixtures() {
	}

	static BusConsole console(LocalBus bus, Clock clock, HealthRules rules, ConsoleBindings bindings) {
		return new BusConsole(bus.dynamo(), bus.objectStore(), bus.config(), clock, rules, bindings,
				Duration.ofSeconds(10));
	}

	static BusConsole console(LocalBus bus) {
		return console(bus, Clock.systemUTC(), HealthRules.defaults(), ConsoleBindings.NONE);
	}

	/**
	 * Writes one event per payload number as {@code botId}, each correlated to
	 * {@code parents[i]} if given.
	 */
	static List<Event> write(LocalBus bus, String botId, String queue, List<Correlation> correlations, int... numbers)
			throws Exception {
		try (QueueWriter writer = bus.writer(botId)) {
			for (int i = 0; i < numbers.length; i++) {
				Event.Builder event = Event.builder()
					.event(queue)
					.payload(Json.mapper().createObjectNode().put("n", numbers[i]).put("kind", queue))
					.eventSourceTimestamp(System.currentTimeMillis());
				if (correlations != null) {
					event.correlationId(correlations.get(i));
				}
				writer.write(event.build());
			}
			writer.flush().get(30, TimeUnit.SECONDS);
		}
		return readAll(bus, queue);
	}

	static List<Event> readAll(LocalBus bus, String queue) {
		List<Event> events = new ArrayList<>();
		String max = bus.reader().queueInfo(queue).maxEid();
		try (EventStream stream = bus.reader().read(ReadRequest.of(queue, ReadPosition.BEGINNING, max))) {
			while (stream.hasNext()) {
				ReadEntry entry = stream.next();
				events.add(((ReadEntry.Ok) entry).event());
			}
		}
		return events;
	}

}
