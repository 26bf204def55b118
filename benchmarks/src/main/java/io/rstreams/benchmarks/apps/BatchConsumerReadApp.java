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

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Contender "binder Consumer&lt;List&lt;Pojo&gt;&gt;": {@link ConsumerReadApp} in batch
 * mode, {@code batch-size: 10000}, each poll's events handed over as one list. Its first
 * delivery is a whole poll, so "from the first event" would leave the first 10,000 out
 * (and a queue of one poll would have no span at all): its steady clock starts when the
 * bindings start instead ({@link BindingsStartClock}), the bot's start-up (lease,
 * checkpoint) included.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BatchConsumerReadApp {

	public static void main(String[] args) {
		BenchApps.run(BatchConsumerReadApp.class, args,
				Map.of("spring.cloud.function.definition", "benchBatchConsumer",
						"spring.cloud.stream.bindings.benchBatchConsumer-in-0.destination", "${bench.queue}",
						"spring.cloud.stream.bindings.benchBatchConsumer-in-0.group", "${bench.group}",
						"spring.cloud.stream.bindings.benchBatchConsumer-in-0.consumer.batch-mode", "true",
						"spring.cloud.stream.rstreams.bindings.benchBatchConsumer-in-0.consumer.start", "beginning",
						"spring.cloud.stream.rstreams.bindings.benchBatchConsumer-in-0.consumer.batch-size", "10000"));
	}

	@Bean
	ReceiptCounter receipts(@Value("${bench.events}") long events, ConfigurableApplicationContext context) {
		return ReceiptCounter.reportingAndExiting(events, context);
	}

	@Bean
	BindingsStartClock bindingsStartClock(ReceiptCounter receipts) {
		return new BindingsStartClock(receipts::startClock);
	}

	@Bean
	Consumer<List<BenchEvent>> benchBatchConsumer(ReceiptCounter receipts) {
		return events -> receipts.received(events.size());
	}

}
