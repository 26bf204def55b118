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

import java.util.Map;
import java.util.function.Consumer;

import io.rstreams.benchmarks.support.ResultLine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Contender "binder Consumer&lt;Pojo&gt;": a bot that reads {@code bench.queue} as
 * {@link BenchEvent}s with the binder's defaults (batch-size 500, checkpoint-mode batch,
 * a lease), as bot {@code bench.group} (new each run) from the beginning, and exits when
 * it has received {@code bench.events}. With {@code bench.sample-heap=true} (the memory
 * run) it also reports the heap after each collection ({@link HeapSampler}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ConsumerReadApp {

	public static void main(String[] args) {
		BenchApps.run(ConsumerReadApp.class, args,
				Map.of("spring.cloud.function.definition", "benchConsumer",
						"spring.cloud.stream.bindings.benchConsumer-in-0.destination", "${bench.queue}",
						"spring.cloud.stream.bindings.benchConsumer-in-0.group", "${bench.group}",
						"spring.cloud.stream.rstreams.bindings.benchConsumer-in-0.consumer.start", "beginning"));
	}

	@Bean
	ReceiptCounter receipts(@Value("${bench.events}") long events,
			@Value("${bench.sample-heap:false}") boolean sampleHeap, ConfigurableApplicationContext context) {
		HeapSampler heap = sampleHeap ? new HeapSampler() : null;
		ReceiptCounter counter = new ReceiptCounter(events, done -> {
			ResultLine line = ResultLine.steady(done.count(), done.first(), done.last());
			if (heap != null) {
				heap.describe(line, done.first());
			}
			line.print();
			BenchApps.exit(context);
		});
		if (heap != null) {
			heap.start(counter::count);
		}
		return counter;
	}

	@Bean
	Consumer<BenchEvent> benchConsumer(ReceiptCounter receipts) {
		return event -> receipts.received(1);
	}

}
