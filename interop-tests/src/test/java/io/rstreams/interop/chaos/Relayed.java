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
package io.rstreams.interop.chaos;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.aws.KinesisSdkTransport;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.interop.support.Queues;
import io.rstreams.localbus.LocalBus;
import org.awaitility.core.ConditionTimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;

/**
 * Inputs written through the bus's Kinesis API, and the check of what a relay made of
 * them.
 */
final class Relayed {

	private Relayed() {
	}

	/**
	 * Writes {@code {"n": i}} for i in [0, count) as bot {@code chaos-source}, through
	 * Kinesis, and waits for them.
	 */
	static List<Event> writeInputs(LocalBus bus, String queue, int count) {
		URI endpoint = bus.kinesisFeed().orElseThrow().endpoint();
		try (KinesisAsyncClient kinesis = KinesisAsyncClient.builder()
			.endpointOverride(endpoint)
			.region(Region.of(LocalBus.REGION))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(LocalBus.ACCESS_KEY, LocalBus.SECRET_KEY)))
			.httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1))
			.build();
				QueueWriter writer = QueueWriter.builder()
					.bus(bus.config())
					.kinesis(new KinesisSdkTransport(kinesis, Duration.ofSeconds(30)))
					.objectStore(bus.objectStore())
					.botId("chaos-source")
					.build()) {
			for (int i = 0; i < count; i++) {
				writer.write(Event.builder()
					.event(queue)
					.payload(Json.mapper().readTree("{\"n\":" + i + "}"))
					.eventSourceTimestamp(1_700_000_000_000L + i)
					.build());
			}
			writer.flush().join();
		}
		return Queues.awaitStored(bus.reader(), queue, count);
	}

	/**
	 * Lost inputs, duplicate outputs and outputs that do not carry their input's
	 * envelope.
	 */
	record Verdict(int inputs, int outputs, List<String> lost, int duplicates, List<String> mismatched) {

		/**
		 * The verdict once the bus stored what Kinesis accepted: an accepted output
		 * reaches LeoStream only when the bus's poller has read it, so a missing output
		 * counts as lost only if it is still missing after that.
		 */
		static Verdict settled(LocalBus bus, String inQueue, String outQueue, List<Event> inputs) {
			try {
				await().atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(500))
					.until(() -> of(bus, inQueue, outQueue, inputs).lost().isEmpty());
			}
			catch (ConditionTimeoutException stillMissing) {
				// reported by the caller's assertion, with the eids
			}
			return of(bus, inQueue, outQueue, inputs);
		}

		static Verdict of(LocalBus bus, String inQueue, String outQueue, List<Event> inputs) {
			Map<String, List<Event>> byInput = new HashMap<>();
			List<String> mismatched = new ArrayList<>();
			List<Event> outputs = Queues.readAll(bus.reader(), outQueue);
			for (Event out : outputs) {
				if (out.correlationId() == null || !inQueue.equals(out.correlationId().source())) {
					mismatched.add(out.eid());
				}
				else {
					byInput.computeIfAbsent(out.correlationId().start(), k -> new ArrayList<>()).add(out);
				}
			}
			List<String> lost = new ArrayList<>();
			int duplicates = 0;
			for (Event in : inputs) {
				List<Event> outs = byInput.getOrDefault(in.eid(), List.of());
				if (outs.isEmpty()) {
					lost.add(in.eid());
				}
				duplicates += Math.max(0, outs.size() - 1);
				for (Event out : outs) {
					if (!Objects.equals(in.eventSourceTimestamp(), out.eventSourceTimestamp())
							|| !in.payload().get("n").equals(out.payload().get("n"))) {
						mismatched.add(out.eid() + " for " + in.eid());
					}
				}
			}
			return new Verdict(inputs.size(), outputs.size(), lost, duplicates, mismatched);
		}

		@Override
		public String toString() {
			return inputs + " inputs, " + outputs + " outputs, " + lost.size() + " lost, " + duplicates
					+ " duplicates, " + mismatched.size() + " mismatched";
		}
	}

}
