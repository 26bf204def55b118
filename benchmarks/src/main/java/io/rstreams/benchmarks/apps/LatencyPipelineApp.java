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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.rstreams.benchmarks.support.BenchPayloads;
import io.rstreams.binder.RStreamsHeaders;
import io.rstreams.client.Json;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * The latency run: a Supplier -&gt; Function -&gt; Consumer pipeline of three bots in one
 * application (three bindings, each writing through the bus's Kinesis stream and reading
 * what the bus stored, as three processes would; one JVM keeps the 2-core machine's
 * scheduling out of the figure). {@code latencySource} writes {@code bench.rate} events
 * per second to queue A for {@code bench.warmup-seconds} + {@code bench.seconds};
 * {@code latencyRelay} copies A to B; {@code latencySink} records receipt time minus
 * {@code event_source_timestamp} (set by the Supplier's binding, carried by the Function)
 * of the events after the warm-up ({@link LatencyRecorder}). Exits when all were
 * received, or a minute after the last was due.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class LatencyPipelineApp {

	public static void main(String[] args) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("spring.cloud.function.definition", "latencySource;latencyRelay;latencySink");
		// the Supplier is asked every millisecond and paces itself
		p.put("spring.cloud.stream.poller.fixed-delay", "1");
		p.put("spring.cloud.stream.bindings.latencySource-out-0.destination", "${bench.queue-a}");
		p.put("spring.cloud.stream.bindings.latencyRelay-in-0.destination", "${bench.queue-a}");
		p.put("spring.cloud.stream.bindings.latencyRelay-in-0.group", "${bench.group}_relay");
		p.put("spring.cloud.stream.bindings.latencyRelay-out-0.destination", "${bench.queue-b}");
		p.put("spring.cloud.stream.bindings.latencySink-in-0.destination", "${bench.queue-b}");
		p.put("spring.cloud.stream.bindings.latencySink-in-0.group", "${bench.group}_sink");
		p.put("spring.cloud.stream.rstreams.bindings.latencyRelay-in-0.consumer.start", "beginning");
		p.put("spring.cloud.stream.rstreams.bindings.latencySink-in-0.consumer.start", "beginning");
		BenchApps.run(LatencyPipelineApp.class, args, p);
	}

	@Bean
	LatencyRecorder latencyRecorder(@Value("${bench.rate}") long rate, @Value("${bench.warmup-seconds}") long warmup,
			@Value("${bench.seconds}") long seconds, ConfigurableApplicationContext context) {
		LatencyRecorder recorder = new LatencyRecorder(rate * warmup, rate * (warmup + seconds));
		Thread deadline = new Thread(() -> {
			try {
				TimeUnit.SECONDS.sleep(warmup + seconds + 60);
				recorder.result().print();
				BenchApps.exit(context);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "bench-latency-deadline");
		deadline.setDaemon(true);
		deadline.start();
		return recorder;
	}

	@Bean
	Supplier<BenchEvent> latencySource(@Value("${bench.rate}") long rate, @Value("${bench.warmup-seconds}") long warmup,
			@Value("${bench.seconds}") long seconds) {
		long total = rate * (warmup + seconds);
		long[] next = { 0 };
		long[] start = { 0 };
		return () -> {
			long now = System.nanoTime();
			if (start[0] == 0) {
				start[0] = now;
			}
			if (next[0] >= total || now < start[0] + next[0] * 1_000_000_000L / rate) {
				return null;
			}
			return Json.mapper().treeToValue(BenchPayloads.payload(next[0]++), BenchEvent.class);
		};
	}

	@Bean
	Function<BenchEvent, BenchEvent> latencyRelay() {
		return BenchEvent::withEnriched;
	}

	@Bean
	Consumer<Message<BenchEvent>> latencySink(LatencyRecorder recorder, ConfigurableApplicationContext context) {
		return message -> {
			Long source = message.getHeaders().get(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP, Long.class);
			if (recorder.received(message.getPayload().n(), source == null ? 0 : source)) {
				recorder.result().print();
				BenchApps.exit(context);
			}
		};
	}

}
