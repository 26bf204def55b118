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
package io.rstreams.benchmarks;

import java.util.List;

import io.rstreams.client.Event;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.StartPosition;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;

/**
 * Throughput of the whole path on the embedded bus: events written by
 * {@code QueueWriter}, stored by the bus processor (through the in-process Kinesis hop,
 * the DynamoDB API over loopback HTTP), read back by {@code QueueReader}. Prints events
 * per second for each phase; the first round warms the JVM and is not printed.
 *
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.rstreams.benchmarks.EndToEndHarness [events] [rounds]}
 */
public final class EndToEndHarness {

	private EndToEndHarness() {
	}

	public static void main(String[] args) {
		int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		List<Event> sample = Samples.events(events, 900);
		try (LocalBus bus = LocalBus.start()) {
			for (int round = 0; round <= rounds; round++) {
				String queue = "bench_" + round;
				long t0 = System.nanoTime();
				try (QueueWriter writer = bus.writer("bench_bot")) {
					for (Event e : sample) {
						writer.write(e.withEvent(queue));
					}
					writer.flush().join();
				}
				long written = System.nanoTime();
				long read = 0;
				try (EventStream stream = bus.reader().read("bench_reader", queue, StartPosition.BEGINNING)) {
					while (stream.hasNext()) {
						stream.next();
						read++;
					}
				}
				long done = System.nanoTime();
				if (read != events) {
					throw new IllegalStateException("read " + read + " of " + events);
				}
				if (round > 0) {
					System.out.printf(
							"round %d: write+store %,.0f events/s, read %,.0f events/s (%d events of ~1 KiB)%n", round,
							events / ((written - t0) / 1e9), events / ((done - written) / 1e9), events);
				}
			}
		}
	}

}
