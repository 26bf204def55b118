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
package io.rstreams.interop.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reading queues with the Java client, and JSON in one canonical form so that Java and
 * Node views compare.
 */
public final class Queues {

	private Queues() {
	}

	/**
	 * Every event of {@code queue} from the beginning (an anonymous read: no checkpoint
	 * involved).
	 */
	public static List<Event> readAll(QueueReader reader, String queue) {
		List<Event> events = new ArrayList<>();
		try (EventStream stream = reader.read("interop_test_view", queue, StartPosition.BEGINNING)) {
			stream.forEachRemaining(entry -> {
				if (entry instanceof ReadEntry.Ok ok) {
					events.add(ok.event());
				}
				else {
					throw new AssertionError("Queue " + queue + " has an unreadable entry: " + entry);
				}
			});
		}
		return events;
	}

	/**
	 * Waits until the bus has stored {@code count} events in {@code queue} (a producer's
	 * acknowledgement only means Kinesis has them; the bus's poller stores them a moment
	 * later) and returns them.
	 */
	public static List<Event> awaitStored(QueueReader reader, String queue, int count) {
		await().atMost(Duration.ofSeconds(60)).until(() -> readAll(reader, queue).size() >= count);
		List<Event> events = readAll(reader, queue);
		assertThat(events).as("events stored in " + queue).hasSize(count);
		return events;
	}

	/** The event as the Node SDK's reader emits it (protocol.md 6 step 7). */
	public static JsonNode readView(Event event) {
		return canonical(EventCodec.toReadNode(event));
	}

	public static List<JsonNode> readViews(List<Event> events) {
		return events.stream().map(Queues::readView).toList();
	}

	/**
	 * Any value as JSON, with numbers typed as a parser types them (so 1 equals 1
	 * whichever side wrote it).
	 */
	public static JsonNode canonical(Object value) {
		return Json.mapper().readTree(Json.mapper().writeValueAsString(value));
	}

	public static List<JsonNode> canonical(List<JsonNode> nodes) {
		return nodes.stream().map(n -> canonical((Object) n)).toList();
	}

}
