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
package io.rstreams.client.write;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.client.BusConfig;
import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.PutResult;
import io.rstreams.client.testing.Fixtures;
import io.rstreams.client.testing.InMemoryObjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueWriterTest {

	static final BusConfig BUS = new BusConfig("us-east-1", "s", "c", "e", "st", "sy", "bucket", "kstream", "fstream");

	private final RecordingKinesis kinesis = new RecordingKinesis();

	private final InMemoryObjectStore s3 = new InMemoryObjectStore();

	private final List<QueueWriter> writers = new ArrayList<>();

	@AfterEach
	void close() {
		writers.forEach(QueueWriter::close);
	}

	private QueueWriter writer(WriterSettings settings) {
		QueueWriter w = QueueWriter.builder()
			.bus(BUS)
			.kinesis(kinesis)
			.objectStore(s3)
			.botId("my_bot")
			.settings(settings)
			.build();
		writers.add(w);
		return w;
	}

	static JsonNode json(String text) {
		return Json.mapper().readTree(text);
	}

	static Event event(String queue, int n) {
		ObjectNode payload = Json.mapper().createObjectNode().put("n", n);
		return Event.builder().event(queue).payload(payload).build();
	}

	@Test
	void recordsDecompressToTheLinesTheNodeSdkWrote() throws Exception {
		JsonNode sdkRecord = Fixtures.json("kinesis-records-from-leo-sdk.json").get(0);
		String[] sdkLines = sdkRecord.get("decompressed").asString().split("\n");
		QueueWriter w = writer(WriterSettings.defaults());
		List<CompletableFuture<Void>> acks = new ArrayList<>();
		for (String line : sdkLines) {
			JsonNode sdk = json(line);
			// rebuild the event the Node bot wrote, from its own fields
			Event.Builder b = Event.builder()
				.id(sdk.get("id").asString())
				.event(sdk.get("event").asString())
				.payload(sdk.get("payload"))
				.eventSourceTimestamp(sdk.get("event_source_timestamp").asLong())
				.timestamp(sdk.get("timestamp").asLong());
			if (sdk.has("correlation_id")) {
				b.correlationId(io.rstreams.client.codec.EventCodec.fromJson(sdk.get("correlation_id")));
			}
			acks.add(w.write(b.build()));
		}
		w.flush().get(5, TimeUnit.SECONDS);
		assertThat(acks).allMatch(a -> a.isDone() && !a.isCompletedExceptionally());
		assertThat(kinesis.calls).hasSize(1);
		KinesisRecord record = kinesis.calls.get(0).get(0);
		assertThat(record.partitionKey()).isEqualTo(sdkRecord.get("partitionKey").asString()).isEqualTo("0");
		assertThat(record.explicitHashKey()).isEqualTo("0");
		assertThat(record.data()[0] & 0xff).isEqualTo(0x1f);
		String[] ours = RecordingKinesis.gunzip(record.data()).split("\n");
		assertThat(ours).hasSameSizeAs(sdkLines);
		for (int i = 0; i < ours.length; i++) {
			assertThat(json(ours[i])).as("line %d", i).isEqualTo(json(sdkLines[i]));
		}
	}

	@Test
	void chunksAtOneHundredEventsAndSendsOnePutRecords() throws Exception {
		QueueWriter w = writer(WriterSettings.defaults());
		for (int i = 0; i < 250; i++) {
			w.write(event("orders", i));
		}
		w.flush().get(5, TimeUnit.SECONDS);
		assertThat(kinesis.calls).hasSize(1);
		List<String> texts = kinesis.acceptedTexts();
		assertThat(texts).extracting(t -> t.split("\n").length).containsExactly(100, 100, 50);
		JsonNode first = json(texts.get(0).split("\n")[0]);
		assertThat(first.get("id").asString()).isEqualTo("my_bot");
		assertThat(first.get("event").asString()).isEqualTo("orders");
		assertThat(first.get("eid").asInt()).isZero();
		assertThat(first.get("timestamp").asLong()).isPositive();
		assertThat(first.get("event_source_timestamp").asLong()).isEqualTo(first.get("timestamp").asLong());
		assertThat(json(texts.get(1).split("\n")[99]).get("eid").asInt()).isEqualTo(99);
		assertThat(json(texts.get(2).split("\n")[0]).get("payload").get("n").asInt()).isEqualTo(200);
	}

	@Test
	void sendsOnItsOwnAfterTheLinger() {
		QueueWriter w = writer(WriterSettings.builder().linger(Duration.ofMillis(50)).build());
		CompletableFuture<Void> ack = w.write(event("orders", 1));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(ack::isDone);
		assertThat(kinesis.calls).hasSize(1);
	}

	@Test
	void retriesOnlyTheFailedEntries() throws Exception {
		kinesis.policy = (call, record) -> call == 0 && RecordingKinesis.gunzip(record.data()).contains("\"n\":100")
				? PutResult.failed("ProvisionedThroughputExceededException", "slow down")
				: PutResult.accepted("shardId-000000000000", "1");
		QueueWriter w = writer(WriterSettings.defaults());
		for (int i = 0; i < 300; i++) {
			w.write(event("orders", i));
		}
		w.flush().get(5, TimeUnit.SECONDS);
		assertThat(kinesis.calls).hasSize(2);
		assertThat(kinesis.calls.get(0)).hasSize(3);
		assertThat(kinesis.calls.get(1)).hasSize(1);
		assertThat(RecordingKinesis.gunzip(kinesis.calls.get(1).get(0).data())).contains("\"n\":100")
			.doesNotContain("\"n\":0,")
			.doesNotContain("\"n\":200,");
		List<Integer> seen = new ArrayList<>();
		for (String text : kinesis.acceptedTexts()) {
			for (String line : text.split("\n")) {
				seen.add(json(line).get("payload").get("n").asInt());
			}
		}
		assertThat(seen).hasSize(300).doesNotHaveDuplicates();
	}

	@Test
	void givesUpAfterMaxAttemptsAndSaysSo() {
		kinesis.policy = (call, record) -> PutResult.failed("InternalFailure", "broken");
		QueueWriter w = writer(WriterSettings.builder().retries(3, Duration.ofMillis(1), Duration.ofMillis(5)).build());
		CompletableFuture<Void> ack = w.write(event("orders", 1));
		assertThatThrownBy(() -> w.flush().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(WriteFailedException.class)
			.hasMessageContaining("after 3 attempts")
			.hasMessageContaining("InternalFailure");
		assertThat(ack).isCompletedExceptionally();
		assertThat(kinesis.calls).hasSize(3);
	}

	@Test
	void aNonRetryableFailureFailsAtOnce() {
		AtomicInteger calls = new AtomicInteger();
		KinesisTransport missing = (stream, records) -> {
			calls.incrementAndGet();
			return CompletableFuture.failedFuture(new AwsCallException(
					"Kinesis PutRecords to stream 'kstream' failed: "
							+ "ResourceNotFoundException: Stream kstream not found",
					null, false, "ResourceNotFoundException"));
		};
		QueueWriter w = QueueWriter.builder().bus(BUS).kinesis(missing).botId("b").build();
		writers.add(w);
		w.write(event("orders", 1));
		assertThatThrownBy(() -> w.flush().get(5, TimeUnit.SECONDS)).hasMessageContaining("Stream kstream not found");
		assertThat(calls.get()).isEqualTo(1);
	}

	@Test
	void rejectsEventsTheBusWouldDrop() {
		QueueWriter w = writer(WriterSettings.defaults());
		assertThatThrownBy(
				() -> w.write(Event.builder().event("q").payload(Json.mapper().getNodeFactory().numberNode(0)).build()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("payload");
		assertThatThrownBy(() -> w.write(Event.builder().payload(Json.mapper().createObjectNode()).build()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("queue");
	}

	@Test
	void oversizeEventsTravelThroughS3WithAPointer() throws Exception {
		QueueWriter w = writer(WriterSettings.defaults());
		w.write(event("orders", 1));
		ObjectNode big = Json.mapper().createObjectNode().put("blob", "x".repeat(700_000));
		w.write(Event.builder()
			.event("orders")
			.payload(big)
			.correlationId(new Correlation("up", "z/1", null, 1L, false, false))
			.build());
		w.write(event("orders", 3));
		w.flush().get(5, TimeUnit.SECONDS);
		List<String> texts = kinesis.acceptedTexts();
		assertThat(texts).hasSize(3);
		JsonNode pointer = json(texts.get(1).strip());
		JsonNode sdkPointer = json(
				Fixtures.json("kinesis-records-from-leo-sdk.json").get(1).get("decompressed").asString());
		assertThat(iterable(pointer.propertyNames())).containsExactlyElementsOf(iterable(sdkPointer.propertyNames()));
		assertThat(pointer.get("event").asString()).isEqualTo("orders");
		assertThat(pointer.get("records").asInt()).isEqualTo(1);
		assertThat(pointer.get("end").asInt()).isZero();
		assertThat(pointer.get("start").isNull()).isTrue();
		String key = pointer.get("s3").get("key").asString();
		assertThat(key)
			.matches("bus/orders/my_bot/z/\\d{4}/\\d{2}/\\d{2}/\\d{2}/\\d{2}/\\d+-0000001-[0-9a-f-]{36}\\.gz");
		byte[] file = s3.get("bucket", key);
		assertThat(file).hasSize(pointer.get("gzipSize").asInt());
		JsonNode line = json(RecordingKinesis.gunzip(file).strip());
		assertThat(line.get("payload").get("blob").asString()).hasSize(700_000);
		assertThat(line.get("eid").asInt()).isZero();
		assertThat(pointer.get("correlations").get(0).get("up").get("records").asInt()).isEqualTo(1);
		assertThat(json(texts.get(2)).get("payload").get("n").asInt()).isEqualTo(3);
	}

	@Test
	void s3ModeWritesMultiMemberFilesLikeTheSdk() throws Exception {
		QueueWriter w = writer(
				WriterSettings.builder().mode(WriteMode.S3).s3Files(300, 10, Duration.ofSeconds(10)).build());
		for (int i = 0; i < 12; i++) {
			w.write(event("fx_s3", i).toBuilder().eventSourceTimestamp(1_700_000_000_000L + i).build());
		}
		w.flush().get(5, TimeUnit.SECONDS);
		List<String> texts = kinesis.acceptedTexts();
		assertThat(texts).hasSize(1);
		JsonNode pointer = json(texts.get(0).strip());
		JsonNode sdkPointer = json(
				Fixtures.json("kinesis-records-from-leo-sdk.json").get(1).get("decompressed").asString());
		assertThat(iterable(pointer.propertyNames())).containsExactlyElementsOf(iterable(sdkPointer.propertyNames()));
		assertThat(iterable(pointer.get("offsets").get(0).propertyNames()))
			.containsExactlyElementsOf(iterable(sdkPointer.get("offsets").get(0).propertyNames()));
		assertThat(pointer.get("records").asInt()).isEqualTo(12);
		assertThat(pointer.get("end").asInt()).isEqualTo(11);
		JsonNode offsets = pointer.get("offsets");
		assertThat(offsets.size()).isGreaterThan(1);
		long records = 0;
		for (JsonNode o : offsets) {
			assertThat(o.get("start").asLong()).isEqualTo(records);
			records += o.get("records").asLong();
			assertThat(o.get("end").asLong()).isEqualTo(records - 1);
		}
		JsonNode stats = pointer.get("stats").get("my_bot");
		assertThat(stats.get("units").asInt()).isEqualTo(12);
		assertThat(stats.get("start").asLong()).isEqualTo(1_700_000_000_011L);
		byte[] file = s3.get("bucket", pointer.get("s3").get("key").asString());
		String[] lines = RecordingKinesis.gunzip(file).split("\n");
		assertThat(lines).hasSize(12);
		// line eids restart at 0 in every member
		JsonNode second = offsets.get(1);
		assertThat(json(lines[(int) second.get("start").asLong()]).get("eid").asInt()).isZero();
	}

	@Test
	void s3FilesAreKeyedByTheBotThatProducedTheEvents() throws Exception {
		// a Function's writer carries the function's name, its events the bot's id:
		// leo-sdk keys the file by the
		// bot, like the events and the pointer's stats (protocol.md 5.2)
		QueueWriter w = QueueWriter.builder()
			.bus(BUS)
			.kinesis(kinesis)
			.objectStore(s3)
			.botId("accFn")
			.settings(WriterSettings.builder().mode(WriteMode.S3).build())
			.build();
		writers.add(w);
		w.write(event("acc_out", 1).toBuilder().id("acc_bot").build());
		w.flush().get(5, TimeUnit.SECONDS);
		JsonNode pointer = json(kinesis.acceptedTexts().get(0).strip());
		assertThat(pointer.get("s3").get("key").asString()).startsWith("bus/acc_out/acc_bot/z/");
		assertThat(iterable(pointer.get("stats").propertyNames())).containsExactly("acc_bot");
	}

	@Test
	void firehoseModeSendsOneNdjsonRecordPerFlush() throws Exception {
		List<List<byte[]>> calls = new ArrayList<>();
		QueueWriter w = QueueWriter.builder()
			.bus(BUS)
			.botId("b")
			.settings(WriterSettings.builder().mode(WriteMode.FIREHOSE).build())
			.firehose((stream, records) -> {
				calls.add(records);
				return CompletableFuture.completedFuture(List.of(PutResult.accepted(null, "r1")));
			})
			.build();
		writers.add(w);
		for (int i = 0; i < 150; i++) {
			w.write(event("orders", i));
		}
		w.flush().get(5, TimeUnit.SECONDS);
		assertThat(calls).hasSize(1);
		assertThat(calls.get(0)).hasSize(1);
		String text = new String(calls.get(0).get(0), java.nio.charset.StandardCharsets.UTF_8);
		String[] lines = text.split("\n");
		assertThat(lines).hasSize(150);
		assertThat(json(lines[100]).get("eid").asInt()).isZero();
	}

	@Test
	void partitionsByQueueWhenAsked() throws Exception {
		QueueWriter w = writer(WriterSettings.builder().partitioning("0", "0", true).build());
		w.write(event("orders", 1));
		w.flush().get(5, TimeUnit.SECONDS);
		assertThat(kinesis.calls.get(0).get(0).partitionKey()).isEqualTo("orders");
		assertThat(kinesis.calls.get(0).get(0).explicitHashKey()).isNull();
	}

	private static List<String> iterable(java.util.Collection<String> names) {
		return new ArrayList<>(names);
	}

}
