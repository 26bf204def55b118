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
package io.rstreams.binder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * Helpers for binder tests on a local bus: write inputs as a Node bot would, read
 * outputs, look at LeoCron.
 */
public final class LocalBusSupport {

	private LocalBusSupport() {
	}

	/**
	 * A local bus for a test application, closed with its context, and the binder's
	 * connection to it.
	 */
	@Configuration(proxyBeanMethods = false)
	public static class LocalBusBeans {

		@Bean(destroyMethod = "close")
		LocalBus localBus() {
			return LocalBus.start();
		}

		@Bean
		RStreamsBusConnection rstreamsBusConnection(LocalBus bus) {
			return connection(bus);
		}

	}

	public static RStreamsBusConnection connection(LocalBus bus) {
		return new RStreamsBusConnection(bus.config(), bus.dynamo(), bus.objectStore(), bus.kinesis(), null, null,
				bus.options().clock(), "a test's local bus");
	}

	/**
	 * Writes JSON payloads to a queue as bot {@code producer}, and waits until the bus
	 * stored them.
	 */
	public static void write(LocalBus bus, String queue, String producer, List<String> jsonPayloads) {
		write(bus, queue, producer, jsonPayloads, null);
	}

	public static void write(LocalBus bus, String queue, String producer, List<String> jsonPayloads, Long est) {
		try (QueueWriter writer = bus.writer(producer)) {
			for (String p : jsonPayloads) {
				writer.write(Event.builder()
					.event(queue)
					.payload(Json.mapper().readTree(p))
					.eventSourceTimestamp(est)
					.build());
			}
			writer.flush().join();
		}
	}

	/** Every event of a queue, from the beginning. */
	public static List<Event> readAll(LocalBus bus, String queue) {
		List<Event> events = new ArrayList<>();
		try (EventStream stream = bus.reader().read("test_reader", queue, StartPosition.BEGINNING)) {
			while (stream.hasNext()) {
				ReadEntry e = stream.next();
				if (e instanceof ReadEntry.Ok ok) {
					events.add(ok.event());
				}
			}
		}
		return events;
	}

	public static String checkpoint(LocalBus bus, String bot, String queue) {
		return bus.checkpointer().readCheckpoint(bot, queue);
	}

	public static Map<String, AttributeValue> bot(LocalBus bus, String bot) {
		return new Checkpointer(bus.dynamo(), bus.config(), java.time.Duration.ofSeconds(10)).getBot(bot);
	}

	public static JsonNode json(String text) {
		return Json.mapper().readTree(text);
	}

}
