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
package io.rstreams.benchmarks.contenders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.rstreams.benchmarks.support.BenchArgs;
import io.rstreams.benchmarks.support.BenchPayloads;
import io.rstreams.benchmarks.support.BusClients;
import io.rstreams.benchmarks.support.ResultLine;
import io.rstreams.benchmarks.support.StoredEvents;
import io.rstreams.client.Event;
import io.rstreams.client.write.QueueWriter;

/**
 * Contender "client QueueWriter": writes {@code --events} payloads to {@code --queue}
 * with the client's {@code QueueWriter} (SDK defaults: gzip chunks to the bus's Kinesis
 * stream) and waits until the bus has stored all of them. The steady figure runs from the
 * first write to the moment the queue holds them all; {@code acceptedMs} is the part up
 * to Kinesis accepting the last record. The payloads are built before the clock starts.
 *
 * <p>
 * {@code --queue=Q --events=N --bot=B}
 */
public final class ClientWriteMain {

	private ClientWriteMain() {
	}

	public static void main(String[] args) throws Exception {
		BenchArgs a = BenchArgs.parse(args);
		String queue = a.require("queue");
		long events = a.requireLong("events");
		List<Event> batch = new ArrayList<>();
		for (long n = 0; n < events; n++) {
			batch.add(BenchPayloads.event(queue, n));
		}
		try (BusClients bus = BusClients.fromSystem(); QueueWriter writer = bus.writer(a.require("bot"))) {
			StoredEvents stored = new StoredEvents(bus.dynamo(), bus.config(), queue);
			long first = System.nanoTime();
			for (Event event : batch) {
				writer.write(event);
			}
			writer.flush().get(10, TimeUnit.MINUTES);
			long accepted = System.nanoTime();
			long count = stored.awaitAtLeast(events, Duration.ofMillis(50), StoredEvents.timeoutFor(events));
			long last = System.nanoTime();
			ResultLine.steady(count, first, last)
				.put("acceptedMs", Math.round((accepted - first) / 1e6))
				.put("failed", writer.eventsFailed())
				.print();
		}
	}

}
