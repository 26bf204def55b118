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
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.rstreams.benchmarks.support.BusClients;
import io.rstreams.benchmarks.support.ResultLine;
import io.rstreams.benchmarks.support.StoredEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Contender "binder Function&lt;Pojo,Pojo&gt;": a bot that reads {@code bench.in-queue}
 * from the beginning as bot {@code bench.group} and writes each event, with
 * {@code enriched: true}, to {@code bench.out-queue}, with the binder's defaults (outputs
 * correlated, the input checkpointed once the bus accepted them). From the first input it
 * counts what the bus stored in the output queue ({@link StoredEvents}) and exits when
 * all {@code bench.events} are there; the steady figure is that span.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class EnrichFunctionApp {

	public static void main(String[] args) {
		BenchApps.run(EnrichFunctionApp.class, args,
				Map.of("spring.cloud.function.definition", "benchEnrich",
						"spring.cloud.stream.bindings.benchEnrich-in-0.destination", "${bench.in-queue}",
						"spring.cloud.stream.bindings.benchEnrich-in-0.group", "${bench.group}",
						"spring.cloud.stream.bindings.benchEnrich-out-0.destination", "${bench.out-queue}",
						"spring.cloud.stream.rstreams.bindings.benchEnrich-in-0.consumer.start", "beginning"));
	}

	@Bean
	Function<BenchEvent, BenchEvent> benchEnrich(@Value("${bench.out-queue}") String out,
			@Value("${bench.events}") long events, ConfigurableApplicationContext context) {
		AtomicBoolean started = new AtomicBoolean();
		return event -> {
			if (started.compareAndSet(false, true)) {
				long first = System.nanoTime();
				Thread watcher = new Thread(() -> awaitOutputs(out, events, first, context), "bench-stored-watcher");
				watcher.setDaemon(true);
				watcher.start();
			}
			return event.withEnriched();
		};
	}

	private static void awaitOutputs(String queue, long events, long first, ConfigurableApplicationContext context) {
		try (BusClients bus = BusClients.fromSystem()) {
			long count = new StoredEvents(bus.dynamo(), bus.config(), queue).awaitAtLeast(events, Duration.ofMillis(50),
					StoredEvents.timeoutFor(events));
			ResultLine.steady(count, first, System.nanoTime()).print();
			BenchApps.exit(context);
		}
		catch (RuntimeException ex) {
			BenchApps.fail(context, ex);
		}
	}

}
