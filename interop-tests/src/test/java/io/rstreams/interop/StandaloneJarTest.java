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
package io.rstreams.interop;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.rstreams.client.BusConfig;
import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.aws.KinesisSdkTransport;
import io.rstreams.client.aws.S3ObjectStore;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReaderSettings;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.interop.support.NodeRuntime;
import io.rstreams.interop.support.NodeSdk;
import io.rstreams.interop.support.Queues;
import io.rstreams.interop.support.StandaloneBus;
import io.rstreams.localbus.junit.CborSetting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dev bus in one command:
 * {@code java -jar rstreams-local-bus-<version>-standalone.jar} in its own process, with
 * no kinesis-local or anything else running, is a whole bus. A Node bot (leo-sdk) and
 * Java (the client's writer and reader) join it with nothing but what it printed: the
 * Node bot's events are read by Java with their payload, id, correlation_id and
 * event_source_timestamp, and Java's writes through its Kinesis API, in CBOR (the AWS
 * SDK's default) and in JSON, are stored and read back by both.
 */
class StandaloneJarTest {

	private static StandaloneBus bus;

	private static BusConfig config;

	private static DynamoDbAsyncClient dynamo;

	private static S3AsyncClient s3;

	private static QueueReader reader;

	private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create("local", "local"));

	@BeforeAll
	static void startTheJar() throws Exception {
		Path jar = StandaloneBus.assumeJar();
		bus = StandaloneBus.start(jar, "DevBus");
		config = BusConfig.parse(bus.printed("RSTREAMS_CONFIG"), "the standalone bus's output");
		URI dynamoEndpoint = URI.create(bus.printed("SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_DYNAMODB"));
		URI s3Endpoint = URI.create(bus.printed("SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_S3"));
		Region region = Region.of(bus.printed("AWS_REGION"));
		dynamo = DynamoDbAsyncClient.builder()
			.endpointOverride(dynamoEndpoint)
			.region(region)
			.credentialsProvider(CREDENTIALS)
			.build();
		s3 = S3AsyncClient.builder()
			.endpointOverride(s3Endpoint)
			.region(region)
			.credentialsProvider(CREDENTIALS)
			.forcePathStyle(true)
			.build();
		reader = new QueueReader(dynamo, new S3ObjectStore(s3, Duration.ofSeconds(10)), config,
				ReaderSettings.defaults());
	}

	@AfterAll
	static void stopTheJar() {
		if (dynamo != null) {
			dynamo.close();
			s3.close();
		}
		if (bus != null) {
			String output = bus.output();
			int exit = bus.stop();
			bus.close();
			assertThat(exit).as("exit code after SIGTERM; output:\n%s", output).isIn(0, 143);
		}
	}

	@Test
	void printsOneEndpointForDynamoDbS3AndKinesis() {
		String endpoint = bus.printed("SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_DYNAMODB");
		assertThat(bus.printed()).containsEntry("SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_S3", endpoint)
			.containsEntry("SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_KINESIS", endpoint)
			.containsEntry("RSTREAMS_DYNAMODB_ENDPOINT", endpoint)
			.containsEntry("RSTREAMS_S3_ENDPOINT", endpoint)
			.containsEntry("RSTREAMS_KINESIS_ENDPOINT", endpoint)
			.containsEntry("AWS_ACCESS_KEY_ID", "local");
		assertThat(config.leoKinesisStream()).isEqualTo("DevBus-LeoKinesisStream");
		assertThat(bus.output()).contains("Kinesis endpoint   " + endpoint + "  (stream DevBus-LeoKinesisStream");
	}

	@Test
	void aNodeBotWritesAndJavaReadsEveryEvent() {
		NodeRuntime.assumeAvailable();
		NodeSdk node = NodeSdk.joining(bus.printed());
		Map<String, Object> upstream = Map.of("source", "upstream_q", "start",
				"z/2024/01/01/00/00/1704067200000-0000007", "units", 1);
		List<Map<String, Object>> events = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			events.add(Map.of("payload", Map.of("n", i, "text", "h\u00e9llo " + i), "event_source_timestamp",
					1_700_000_000_000L + i, "correlation_id", upstream));
		}
		node.load("node_writer", "node_to_java", events);
		node.putEvent("node_putter", "queue:node_to_java", Map.of("n", 30));

		List<Event> stored = Queues.awaitStored(reader, "node_to_java", 31);
		for (int i = 0; i < 30; i++) {
			Event e = stored.get(i);
			assertThat(Queues.canonical(e.payload()))
				.isEqualTo(Queues.canonical(Map.of("n", i, "text", "h\u00e9llo " + i)));
			assertThat(e.id()).isEqualTo("node_writer");
			assertThat(e.eventSourceTimestamp()).isEqualTo(1_700_000_000_000L + i);
			assertThat(e.correlationId()).isEqualTo(
					new Correlation("upstream_q", "z/2024/01/01/00/00/1704067200000-0000007", null, 1L, false, false));
		}
		assertThat(stored.get(30).id()).isEqualTo("node_putter");
		assertThat(Queues.canonical(stored.get(30).payload())).isEqualTo(Queues.canonical(Map.of("n", 30)));
		assertThat(stored.get(30).correlationId()).isNull();

		List<JsonNode> nodeView = node.readAfter("node_viewer", "node_to_java", "z/");
		assertThat(nodeView).extracting(n -> n.get("eid").asString())
			.containsExactlyElementsOf(stored.stream().map(Event::eid).toList());
	}

	@ParameterizedTest(name = "cbor={0}")
	@ValueSource(booleans = { true, false })
	void aJavaWriterPutsThroughTheKinesisApiAndReadsBack(boolean cbor) {
		String queue = cbor ? "java_over_cbor" : "java_over_json";
		List<String> contentTypes = new CopyOnWriteArrayList<>();
		try (KinesisAsyncClient kinesis = kinesis(cbor, contentTypes);
				QueueWriter writer = QueueWriter.builder()
					.bus(config)
					.kinesis(new KinesisSdkTransport(kinesis, Duration.ofSeconds(10)))
					.objectStore(new S3ObjectStore(s3, Duration.ofSeconds(10)))
					.botId("java_writer")
					.build()) {
			for (int i = 0; i < 250; i++) {
				writer.write(Event.builder()
					.event(queue)
					.payload(Json.mapper().valueToTree(Map.of("n", i)))
					.eventSourceTimestamp(1_710_000_000_000L + i)
					.correlationId(new Correlation("java_upstream",
							"z/2024/03/09/16/00/1710000000000-000000" + (i % 10), null, 1L, false, false))
					.build());
			}
			writer.flush().join();
			assertThat(writer.eventsFailed()).isZero();
		}
		assertThat(contentTypes).isNotEmpty()
			.allMatch(t -> t.equals(cbor ? "application/x-amz-cbor-1.1" : "application/x-amz-json-1.1"));

		List<Event> stored = Queues.awaitStored(reader, queue, 250);
		for (int i = 0; i < 250; i++) {
			Event e = stored.get(i);
			assertThat(e.payload().get("n").asInt()).isEqualTo(i);
			assertThat(e.id()).isEqualTo("java_writer");
			assertThat(e.eventSourceTimestamp()).isEqualTo(1_710_000_000_000L + i);
			assertThat(e.correlationId().start()).isEqualTo("z/2024/03/09/16/00/1710000000000-000000" + (i % 10));
		}
		assertThat(stored).extracting(Event::eid).doesNotHaveDuplicates().isSorted();
		if (NodeRuntime.unavailableReason() == null) {
			List<JsonNode> nodeView = NodeSdk.joining(bus.printed()).readAfter("node_viewer", queue, "z/");
			assertThat(nodeView).extracting(n -> n.get("eid").asString())
				.containsExactlyElementsOf(stored.stream().map(Event::eid).toList());
		}
	}

	/**
	 * A Kinesis client in the encoding asked for: the AWS SDK chooses CBOR or JSON when a
	 * client is built, from {@code aws.cborEnabled}; each request's content type is
	 * recorded to prove which one it spoke.
	 */
	private static synchronized KinesisAsyncClient kinesis(boolean cbor, List<String> contentTypes) {
		ExecutionInterceptor recorder = new ExecutionInterceptor() {
			@Override
			public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
				contentTypes.add(context.httpRequest().firstMatchingHeader("Content-Type").orElse("none"));
			}
		};
		Supplier<KinesisAsyncClient> build = () -> KinesisAsyncClient.builder()
			.endpointOverride(URI.create(bus.printed("SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_KINESIS")))
			.region(Region.of(bus.printed("AWS_REGION")))
			.credentialsProvider(CREDENTIALS)
			.httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1))
			.overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
			.build();
		return CborSetting.build(cbor, build);
	}

}
