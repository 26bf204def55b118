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

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.rstreams.benchmarks.support.BenchPayloads;
import io.rstreams.binder.RStreamsHeaders;
import io.rstreams.client.Json;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
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

	private static final int RING = 1000;

	private static final Object CHECKPOINTER = new Object();

	public static void main(String[] args) {
		BenchApps.run(ScsFloorApp.class, args, Map.of("spring.cloud.function.definition", "benchConsumer",
				"spring.cloud.stream.default-binder", "integration"));
	}

	@Bean
	ReceiptCounter receipts(@Value("${bench.events}") long events, ConfigurableApplicationContext context) {
		return ReceiptCounter.reportingAndExiting(events, context);
	}

	@Bean
	Consumer<BenchEvent> benchConsumer(ReceiptCounter receipts) {
		return event -> receipts.received(1);
	}

	/**
	 * Sends straight to the binding's input channel, as a binder's inbound adapter does:
	 * the test binder only creates the binding, so none of its own plumbing is measured.
	 * Each message is built just before it is sent, with its own headers, from a ring of
	 * {@value #RING} payloads serialised beforehand: a binder builds its messages the
	 * same way, while the JSON encoding and the garbage of a whole queue held in memory
	 * would be the harness's cost, not the framework's.
	 */
	@Bean
	ApplicationRunner feed(ConfigurableApplicationContext context, @Value("${bench.events}") long events) {
		return args -> {
			MessageChannel input = context.getBean(BINDING, MessageChannel.class);
			byte[][] payloads = new byte[RING][];
			for (int n = 0; n < RING; n++) {
				payloads[n] = Json.mapper().writeValueAsBytes(BenchPayloads.payload(n));
			}
			long now = System.currentTimeMillis();
			Thread feeder = new Thread(() -> {
				for (long n = 0; n < events; n++) {
					input.send(message(payloads[(int) (n % RING)], n, now));
				}
			}, "bench-feed");
			feeder.start();
		};
	}

	/** Event n's message, with the headers the binder puts on it. */
	private static Message<byte[]> message(byte[] payload, long n, long now) {
		Map<String, Object> h = new HashMap<>();
		h.put(RStreamsHeaders.EID, "z/2026/01/01/00/00/" + now + "-" + n);
		h.put(RStreamsHeaders.QUEUE, "bench_read");
		h.put(RStreamsHeaders.ID, "bench_writer");
		h.put(RStreamsHeaders.BOT_ID, "bench_floor");
		h.put(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP, now);
		h.put(RStreamsHeaders.TIMESTAMP, now);
		h.put(RStreamsHeaders.CHECKPOINTER, CHECKPOINTER);
		h.put(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE);
		return MessageBuilder.createMessage(payload, new MessageHeaders(h));
	}

}
