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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.rstreams.benchmarks.support.BenchPayloads;
import io.rstreams.benchmarks.support.ResultLine;
import io.rstreams.binder.RStreamsHeaders;
import io.rstreams.client.Json;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Contender "Spring Cloud Stream floor": the same {@code Consumer<BenchEvent>} as
 * {@link ConsumerReadApp}, fed by Spring Cloud Stream's own test binder instead of the
 * bus: messages with the same JSON payloads and the headers the RStreams binder sets,
 * built before the clock starts and sent on one thread. No bus, no decoding, no
 * checkpoint: what Spring Cloud Stream itself costs per message (channel, function
 * invocation, content-type conversion), the fastest any binder's {@code Consumer<Pojo>}
 * can be on this machine.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = { "io.rstreams.autoconfigure.RStreamsAutoConfiguration",
		"io.rstreams.autoconfigure.RStreamsLocalBusAutoConfiguration" })
@Import(TestChannelBinderConfiguration.class)
public class ScsFloorApp {

	private static final String BINDING = "benchConsumer-in-0";

	public static void main(String[] args) {
		BenchApps.run(ScsFloorApp.class, args, Map.of("spring.cloud.function.definition", "benchConsumer",
				"spring.cloud.stream.default-binder", "integration"));
	}

	@Bean
	ReceiptCounter receipts(@Value("${bench.events}") long events, ConfigurableApplicationContext context) {
		return new ReceiptCounter(events, done -> {
			ResultLine.steady(done.count(), done.first(), done.last()).print();
			BenchApps.exit(context);
		});
	}

	@Bean
	Consumer<BenchEvent> benchConsumer(ReceiptCounter receipts) {
		return event -> receipts.received(1);
	}

	@Bean
	ApplicationRunner feed(InputDestination input, @Value("${bench.events}") long events) {
		return args -> {
			List<Message<byte[]>> messages = new ArrayList<>((int) events);
			long now = System.currentTimeMillis();
			for (long n = 0; n < events; n++) {
				messages.add(message(n, now));
			}
			Thread feeder = new Thread(() -> messages.forEach(m -> input.send(m, BINDING)), "bench-feed");
			feeder.start();
		};
	}

	/** Event n's payload with the headers the binder puts on a message of it. */
	private static Message<byte[]> message(long n, long now) {
		Map<String, Object> h = new HashMap<>();
		h.put(RStreamsHeaders.EID, String.format("z/2026/01/01/00/00/%d-%07d", now, n));
		h.put(RStreamsHeaders.QUEUE, "bench_read");
		h.put(RStreamsHeaders.ID, "bench_writer");
		h.put(RStreamsHeaders.BOT_ID, "bench_floor");
		h.put(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP, now);
		h.put(RStreamsHeaders.TIMESTAMP, now);
		h.put(RStreamsHeaders.CHECKPOINTER, new Object());
		h.put(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE);
		return MessageBuilder.createMessage(Json.mapper().writeValueAsBytes(BenchPayloads.payload(n)),
				new MessageHeaders(h));
	}

}
