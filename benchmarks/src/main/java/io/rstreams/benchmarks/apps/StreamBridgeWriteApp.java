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
package io.rstreams.benchmarks.apps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rstreams.benchmarks.support.BenchPayloads;
import io.rstreams.benchmarks.support.BusClients;
import io.rstreams.benchmarks.support.ResultLine;
import io.rstreams.benchmarks.support.StoredEvents;
import io.rstreams.client.Json;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Contender "binder StreamBridge": sends {@code bench.events} {@link BenchEvent}s to
 * {@code bench.queue} with {@code StreamBridge} through an output binding with the
 * binder's defaults, then waits until the bus has stored all of them (counted from
 * LeoEvent and LeoStream by {@link StoredEvents}, with clients of its own). The steady
 * figure runs from the first send to the moment the queue holds them all; the objects are
 * built before the clock starts.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StreamBridgeWriteApp {

	private static final String BINDING = "benchOut-out-0";

	public static void main(String[] args) {
		BenchApps.run(StreamBridgeWriteApp.class, args, Map.of("spring.cloud.stream.output-bindings", "benchOut",
				"spring.cloud.stream.bindings." + BINDING + ".destination", "${bench.queue}"));
	}

	@Bean
	ApplicationRunner benchWriter(StreamBridge bridge, @Value("${bench.queue}") String queue,
			@Value("${bench.events}") long events, ConfigurableApplicationContext context) {
		return args -> {
			List<BenchEvent> batch = new ArrayList<>();
			for (long n = 0; n < events; n++) {
				batch.add(Json.mapper().treeToValue(BenchPayloads.payload(n), BenchEvent.class));
			}
			try (BusClients bus = BusClients.fromSystem()) {
				StoredEvents stored = new StoredEvents(bus.dynamo(), bus.config(), queue);
				long first = System.nanoTime();
				for (BenchEvent event : batch) {
					bridge.send(BINDING, event);
				}
				long sent = System.nanoTime();
				long count = stored.awaitAtLeast(events, Duration.ofMillis(50), StoredEvents.timeoutFor(events));
				ResultLine.steady(count, first, System.nanoTime())
					.put("sentMs", Math.round((sent - first) / 1e6))
					.print();
			}
			BenchApps.exit(context);
		};
	}

}
