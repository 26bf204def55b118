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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.WireLine;
import io.rstreams.client.testing.Fixtures;
import io.rstreams.client.testing.InMemoryObjectStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KinesisChunkBatcherTest {

	private final List<OutRecord> out = new ArrayList<>();

	private final InMemoryObjectStore store = new InMemoryObjectStore();

	private final TestClock clock = new TestClock(1_795_000_000_000L);

	private KinesisChunkBatcher batcher(WriterSettings settings) {
		return new KinesisChunkBatcher(settings, new S3Uploads(store, "bucket", clock), out::add);
	}

	static Event event(int n) {
		return Event.builder()
			.id("bot")
			.event("orders")
			.payload(Json.mapper().createObjectNode().put("n", n))
			.eventSourceTimestamp(1L)
			.timestamp(2L)
			.build();
	}

	static CompletableFuture<Void> add(RecordBatcher batcher, Event e) {
		CompletableFuture<Void> ack = new CompletableFuture<>();
		batcher.add(e, WireLine.of(e), ack);
		return ack;
	}

	static String[] lines(OutRecord record) {
		return RecordingKinesis.gunzip(record.data.join()).split("\n");
	}

	@Test
	void aChunkClosesAtItsEventCount() {
		KinesisChunkBatcher b = batcher(WriterSettings.builder().chunk(3, 200 * 1024).build());
		List<CompletableFuture<Void>> acks = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			acks.add(add(b, event(i)));
		}
		assertThat(out).hasSize(2);
		b.closeAll();
		assertThat(out).extracting(r -> lines(r).length).containsExactly(3, 3, 1);
		assertThat(out).extracting(r -> r.acks.size()).containsExactly(3, 3, 1);
		assertThat(out.get(1).acks).containsExactlyElementsOf(acks.subList(3, 6));
		assertThat(Json.mapper().readTree(lines(out.get(1))[0]).get("eid").asInt()).isZero();
		assertThat(Json.mapper().readTree(lines(out.get(1))[2]).get("payload").get("n").asInt()).isEqualTo(5);
		assertThat(out).allMatch(r -> "orders".equals(r.queue) && r.description.endsWith(" events"));
	}

	@Test
	void aChunkClosesBeforeALineThatWouldNotFit() {
		int json = WireLine.of(event(1)).jsonLength();
		// each line is json + 9 bytes (",\"eid\":N}\n" for one digit); a line needs json
		// + 12 of room
		KinesisChunkBatcher two = batcher(WriterSettings.builder().chunk(100, 2 * (json + 9) + json + 11).build());
		for (int i = 0; i < 5; i++) {
			add(two, event(i));
		}
		two.closeAll();
		assertThat(out).extracting(r -> lines(r).length).containsExactly(2, 2, 1);
		out.clear();
		KinesisChunkBatcher three = batcher(WriterSettings.builder().chunk(100, 2 * (json + 9) + json + 12).build());
		for (int i = 0; i < 5; i++) {
			add(three, event(i));
		}
		three.closeAll();
		assertThat(out).extracting(r -> lines(r).length).containsExactly(3, 2);
	}

	@Test
	void aLineBiggerThanAChunkGoesAloneInOne() {
		KinesisChunkBatcher b = batcher(WriterSettings.builder().chunk(100, 10).build());
		add(b, event(1));
		add(b, event(2));
		assertThat(out).extracting(r -> lines(r).length).containsExactly(1, 1);
	}

	@Test
	void anOversizeEventTakesItsPlaceInTheOrderThroughS3() {
		KinesisChunkBatcher b = batcher(WriterSettings.builder().offloadThresholdBytes(200).build());
		add(b, event(1));
		Event big = event(2).toBuilder()
			.payload(Json.mapper().createObjectNode().put("blob", "x".repeat(300)))
			.correlationId(new Correlation("up", "z/1", null, 1L, false, false))
			.build();
		CompletableFuture<Void> bigAck = add(b, big);
		assertThat(out).hasSize(2);
		add(b, event(3));
		b.closeAll();
		assertThat(out).hasSize(3);
		assertThat(lines(out.get(0))).hasSize(1);
		assertThat(lines(out.get(2))).hasSize(1);
		OutRecord pointerRecord = out.get(1);
		assertThat(pointerRecord.acks).containsExactly(bigAck);
		assertThat(pointerRecord.queue).as("S3 pointers go to the configured partition key").isNull();
		JsonNode pointer = Json.mapper().readTree(lines(pointerRecord)[0]);
		assertThat(pointer.get("event").asString()).isEqualTo("orders");
		assertThat(pointer.get("records").asInt()).isEqualTo(1);
		String key = pointer.get("s3").get("key").asString();
		assertThat(key).startsWith("bus/orders/bot/z/").contains("-0000001-");
		JsonNode stored = Json.mapper().readTree(RecordingKinesis.gunzip(store.get("bucket", key)));
		assertThat(stored.get("payload").get("blob").asString()).hasSize(300);
		assertThat(stored.get("eid").asInt()).isZero();
	}

	@Test
	void anOversizeEventWithoutS3FailsAndTheChunkBeforeItStillGoes() {
		KinesisChunkBatcher b = new KinesisChunkBatcher(WriterSettings.builder().offloadThresholdBytes(100).build(),
				new S3Uploads(null, null, clock), out::add);
		Event small = event(1);
		b.add(small, WireLine.of(small), new CompletableFuture<>());
		assertThat(out).isEmpty();
		Event big = event(2).toBuilder().payload(Json.mapper().createObjectNode().put("blob", "x".repeat(150))).build();
		assertThatThrownBy(() -> b.add(big, WireLine.of(big), new CompletableFuture<>()))
			.isInstanceOf(WriteFailedException.class)
			.hasMessageContaining("needs an S3 object store");
		assertThat(out).hasSize(1);
	}

	@Test
	void lingerClosesTheOpenChunkAndNeedsNoMoreTime() {
		KinesisChunkBatcher b = batcher(WriterSettings.defaults());
		add(b, event(1));
		assertThat(b.linger(clock.millis())).isFalse();
		assertThat(out).hasSize(1);
		assertThat(b.linger(clock.millis())).isFalse();
		assertThat(out).hasSize(1);
	}

	@Test
	void aChunkIsTheNodeSdksBytes() {
		JsonNode sdkRecord = Fixtures.json("kinesis-records-from-leo-sdk.json").get(0);
		String sdkText = sdkRecord.get("decompressed").asString();
		KinesisChunkBatcher b = batcher(WriterSettings.defaults());
		for (String line : sdkText.split("\n")) {
			JsonNode sdk = Json.mapper().readTree(line);
			Event.Builder e = Event.builder()
				.id(sdk.get("id").asString())
				.event(sdk.get("event").asString())
				.payload(sdk.get("payload"))
				.eventSourceTimestamp(sdk.get("event_source_timestamp").asLong())
				.timestamp(sdk.get("timestamp").asLong());
			if (sdk.has("correlation_id")) {
				e.correlationId(EventCodec.fromJson(sdk.get("correlation_id")));
			}
			add(b, e.build());
		}
		b.closeAll();
		assertThat(out).hasSize(1);
		String[] ours = RecordingKinesis.gunzip(out.get(0).data.join()).split("\n");
		String[] sdk = sdkText.split("\n");
		assertThat(ours).hasSameSizeAs(sdk);
		for (int i = 0; i < sdk.length; i++) {
			if (sdk[i].contains("\"event_source_timestamp\":1795")) {
				// the SDK's load added this one's timestamps after id and event; the
				// writer's order is fixed
				assertThat(Json.mapper().readTree(ours[i])).isEqualTo(Json.mapper().readTree(sdk[i]));
			}
			else {
				assertThat(ours[i]).as("line %d", i).isEqualTo(sdk[i]);
			}
		}
	}

}
