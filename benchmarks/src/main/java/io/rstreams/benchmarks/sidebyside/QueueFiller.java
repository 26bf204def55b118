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
package io.rstreams.benchmarks.sidebyside;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.rstreams.benchmarks.support.BenchPayloads;
import io.rstreams.benchmarks.support.BusClients;
import io.rstreams.benchmarks.support.BusEnvironment;
import io.rstreams.benchmarks.support.StoredEvents;
import io.rstreams.client.write.QueueWriter;

/**
 * Writes the queues the read, enrich and memory scenarios read, before any of them runs,
 * through the real write path (QueueWriter, kinesis-local, the bus's poller and
 * processor), and waits until the bus has stored every event: all contenders then read
 * the same blocks and the processor is idle while they are measured.
 */
final class QueueFiller {

	private final BusEnvironment bus;

	private final PrintStream out;

	QueueFiller(BusEnvironment bus, PrintStream out) {
		this.bus = bus;
		this.out = out;
	}

	void fill(String queue, long events) {
		long start = System.nanoTime();
		try (BusClients clients = new BusClients(bus); QueueWriter writer = clients.writer("bench_prefill")) {
			for (long n = 0; n < events; n++) {
				writer.write(BenchPayloads.event(queue, n));
			}
			writer.flush().get(15, TimeUnit.MINUTES);
			new StoredEvents(clients.dynamo(), clients.config(), queue).awaitAtLeast(events, Duration.ofMillis(100),
					StoredEvents.timeoutFor(events));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while pre-filling " + queue, ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not pre-fill queue " + queue + " with " + events + " events: " + ex,
					ex);
		}
		out.printf(Locale.ROOT, "pre-filled queue %s with %,d events in %.1f s%n", queue, events,
				(System.nanoTime() - start) / 1e9);
		out.flush();
	}

}
