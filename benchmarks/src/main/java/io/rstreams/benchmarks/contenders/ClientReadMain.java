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

import io.rstreams.benchmarks.support.BenchArgs;
import io.rstreams.benchmarks.support.BusClients;
import io.rstreams.benchmarks.support.ResultLine;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;

/**
 * Contender "client QueueReader": reads {@code --events} events of {@code --queue} from
 * the beginning with the client's {@code QueueReader}, as a plain Java program would (no
 * Spring, no checkpoint), and prints its {@link ResultLine}.
 *
 * <p>
 * {@code --queue=Q --events=N --bot=B}
 */
public final class ClientReadMain {

	private ClientReadMain() {
	}

	public static void main(String[] args) {
		BenchArgs a = BenchArgs.parse(args);
		long events = a.requireLong("events");
		long read = 0;
		long failed = 0;
		long first = 0;
		long last = 0;
		try (BusClients bus = BusClients.fromSystem();
				EventStream stream = bus.reader().read(a.require("bot"), a.require("queue"), StartPosition.BEGINNING)) {
			while (read < events && stream.hasNext()) {
				ReadEntry entry = stream.next();
				if (read == 0) {
					first = System.nanoTime();
				}
				if (entry instanceof ReadEntry.Failed) {
					failed++;
				}
				read++;
			}
			last = System.nanoTime();
		}
		ResultLine.steady(read, first, last).put("failed", failed).print();
	}

}
