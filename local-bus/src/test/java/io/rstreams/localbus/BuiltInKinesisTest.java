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
package io.rstreams.localbus;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.aws.KinesisSdkTransport;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.junit.CborSetting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bus's own Kinesis API as another JVM uses it: the client's writer puts records over
 * HTTP with the AWS SDK (CBOR, its default, and JSON), the bus stores the events with
 * eids from the records' arrival time, and the records stay in the stream for any other
 * consumer.
 */
class BuiltInKinesisTest {

	private static LocalBus bus;

	@BeforeAll
	static void start() {
		bus = LocalBus.start(LocalBusOptions.defaults().withName("BuiltInKinesis"));
	}

	@AfterAll
	static void stop() {
		bus.close();
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void eventsPutOverHttpAreStoredByTheBus(boolean cbor) {
		String queue = cbor ? "over_cbor" : "over_json";
		List<String> contentTypes = new CopyOnWriteArrayList<>();
		try (KinesisAsyncClient kinesis = client(cbor, contentTypes)) {
			assertThat(bus.kinesisEndpoint()).isEqualTo(bus.endpoint());
			try (QueueWriter writer = QueueWriter.builder()
				.bus(bus.config())
				.kinesis(new KinesisSdkTransport(kinesis, Duration.ofSeconds(10)))
				.objectStore(bus.objectStore())
				.botId("http_writer")
				.build()) {
				for (int i = 0; i < 50; i++) {
					writer.write(Event.builder()
						.event(queue)
						.payload(Json.mapper().valueToTree(Map.of("n", i)))
						.eventSourceTimestamp(1_700_000_000_000L + i)
						.correlationId(new Correlation("upstream", "z/2024/01/01/00/00/1704067200000-000000" + (i % 10),
								null, 1L, false, false))
						.build());
				}
				writer.flush().join();
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> read(queue).size() == 50);
			List<Event> events = read(queue);
			for (int i = 0; i < 50; i++) {
				Event e = events.get(i);
				assertThat(e.payload().get("n").asInt()).isEqualTo(i);
				assertThat(e.id()).isEqualTo("http_writer");
				assertThat(e.eventSourceTimestamp()).isEqualTo(1_700_000_000_000L + i);
				assertThat(e.correlationId().source()).isEqualTo("upstream");
			}

			List<Record> records = streamRecords(kinesis);
			Record first = records.stream()
				.filter(r -> firstQueueOf(r).equals(queue))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no record of " + queue + " in the stream"));
			long arrival = first.approximateArrivalTimestamp().toEpochMilli();
			Matcher eid = Pattern.compile("z/\\d{4}/\\d{2}/\\d{2}/\\d{2}/\\d{2}/(\\d{13})-\\d{7}")
				.matcher(events.get(0).eid());
			assertThat(eid.matches()).as("eid %s", events.get(0).eid()).isTrue();
			assertThat(Long.parseLong(eid.group(1))).as("the batch time comes from the records' arrival time")
				.isBetween(arrival, arrival + 1000);
		}
		assertThat(contentTypes).isNotEmpty()
			.allMatch(t -> t.equals(cbor ? "application/x-amz-cbor-1.1" : "application/x-amz-json-1.1"));
		assertThat(bus.localStreamFeed().orElseThrow().stats().records()).isPositive();
	}

	private static String firstQueueOf(Record r) {
		String text;
		try (GZIPInputStream in = new GZIPInputStream(r.data().asInputStream())) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Json.mapper().readTree(text.substring(0, text.indexOf('\n'))).get("event").asString();
	}

	private static List<Record> streamRecords(KinesisAsyncClient kinesis) {
		String iterator = kinesis
			.getShardIterator(b -> b.streamName(bus.config().leoKinesisStream())
				.shardId("shardId-000000000000")
				.shardIteratorType(ShardIteratorType.TRIM_HORIZON))
			.join()
			.shardIterator();
		return kinesis.getRecords(b -> b.shardIterator(iterator)).join().records();
	}

	private static List<Event> read(String queue) {
		List<Event> events = new ArrayList<>();
		try (EventStream stream = bus.reader().read("viewer", queue, StartPosition.BEGINNING)) {
			stream.forEachRemaining(entry -> {
				if (entry instanceof ReadEntry.Ok ok) {
					events.add(ok.event());
				}
			});
		}
		return events;
	}

	/**
	 * The SDK picks CBOR or JSON when a client is built, from {@code aws.cborEnabled}.
	 */
	private static synchronized KinesisAsyncClient client(boolean cbor, List<String> contentTypes) {
		ExecutionInterceptor recorder = new ExecutionInterceptor() {
			@Override
			public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
				contentTypes.add(context.httpRequest().firstMatchingHeader("Content-Type").orElse("none"));
			}
		};
		Supplier<KinesisAsyncClient> build = () -> KinesisAsyncClient.builder()
			.endpointOverride(bus.kinesisEndpoint())
			.region(Region.of(LocalBus.REGION))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(LocalBus.ACCESS_KEY, LocalBus.SECRET_KEY)))
			.httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1))
			.overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
			.build();
		return CborSetting.build(cbor, build);
	}

}
