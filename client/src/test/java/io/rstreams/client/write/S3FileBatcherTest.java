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

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.testing.InMemoryObjectStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.rstreams.client.write.KinesisChunkBatcherTest.add;
import static io.rstreams.client.write.KinesisChunkBatcherTest.event;
import static org.assertj.core.api.Assertions.assertThat;

class S3FileBatcherTest {

	private final List<OutRecord> out = new ArrayList<>();

	private final InMemoryObjectStore store = new InMemoryObjectStore();

	private final TestClock clock = new TestClock(1_795_000_000_000L);

	private S3FileBatcher batcher(long memberBytes, int membersPerFile) {
		WriterSettings settings = WriterSettings.builder()
			.mode(WriteMode.S3)
			.s3Files(memberBytes, membersPerFile, Duration.ofSeconds(10))
			.build();
		return new S3FileBatcher(settings, new S3Uploads(store, "bucket", clock), out::add);
	}

	private static JsonNode pointer(OutRecord record) {
		return Json.mapper().readTree(RecordingKinesis.gunzip(record.data.join()).strip());
	}

	private String[] fileLines(OutRecord record) {
		return RecordingKinesis.gunzip(store.get("bucket", pointer(record).get("s3").get("key").asString()))
			.split("\n");
	}

	@Test
	void aMemberClosesAtItsSizeAndAFileAtItsMemberCount() {
		// one byte per member: every event closes its member; three members close the
		// file
		S3FileBatcher b = batcher(1, 3);
		List<CompletableFuture<Void>> acks = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			acks.add(add(b, event(i)));
		}
		assertThat(out).hasSize(2);
		b.closeAll();
		assertThat(out).hasSize(3);
		assertThat(out).extracting(r -> pointer(r).get("records").asInt()).containsExactly(3, 3, 1);
		assertThat(out).extracting(r -> pointer(r).get("offsets").size()).containsExactly(3, 3, 1);
		assertThat(out.get(1).acks).containsExactlyElementsOf(acks.subList(3, 6));
		String[] lines = fileLines(out.get(1));
		assertThat(lines).hasSize(3);
		for (String line : lines) {
			assertThat(Json.mapper().readTree(line).get("eid").asInt()).as("eids restart in every member").isZero();
		}
		assertThat(Json.mapper().readTree(lines[2]).get("payload").get("n").asInt()).isEqualTo(5);
		assertThat(pointer(out.get(0)).get("s3").get("key").asString()).startsWith("bus/orders/bot/")
			.contains("-0000001-");
		assertThat(pointer(out.get(1)).get("s3").get("key").asString()).contains("-0000002-");
	}

	@Test
	void aMemberHoldsEventsUntilItReachesItsSize() {
		S3FileBatcher b = batcher(10 * 1024 * 1024, 10);
		for (int i = 0; i < 50; i++) {
			add(b, event(i));
		}
		assertThat(out).isEmpty();
		b.closeAll();
		JsonNode p = pointer(out.get(0));
		assertThat(p.get("records").asInt()).isEqualTo(50);
		assertThat(p.get("offsets").size()).isEqualTo(1);
		assertThat(Json.mapper().readTree(fileLines(out.get(0))[49]).get("eid").asInt()).isEqualTo(49);
	}

	@Test
	void eachQueueHasItsOwnFile() {
		S3FileBatcher b = batcher(10 * 1024 * 1024, 10);
		add(b, event(1));
		add(b, event(2).toBuilder().event("invoices").id("other_bot").build());
		add(b, event(3));
		b.closeAll();
		assertThat(out).extracting(r -> pointer(r).get("event").asString()).containsExactly("orders", "invoices");
		assertThat(out).extracting(r -> pointer(r).get("records").asInt()).containsExactly(2, 1);
		assertThat(pointer(out.get(1)).get("s3").get("key").asString()).as("the event's bot is the prefix")
			.startsWith("bus/invoices/other_bot/");
	}

	@Test
	void lingerClosesOnlyTheFilesOpenLongEnough() {
		S3FileBatcher b = batcher(10 * 1024 * 1024, 10);
		add(b, event(1));
		clock.advance(6_000);
		add(b, event(2).toBuilder().event("invoices").build());
		clock.advance(3_999);
		assertThat(b.linger(clock.millis())).isTrue();
		assertThat(out).isEmpty();
		clock.advance(1);
		assertThat(b.linger(clock.millis())).as("invoices still open").isTrue();
		assertThat(out).extracting(r -> pointer(r).get("event").asString()).containsExactly("orders");
		clock.advance(6_000);
		assertThat(b.linger(clock.millis())).isFalse();
		assertThat(out).extracting(r -> pointer(r).get("event").asString()).containsExactly("orders", "invoices");
	}

	@Test
	void aRefusedUploadFailsTheRecordNotTheCaller() {
		S3FileBatcher b = new S3FileBatcher(WriterSettings.builder().mode(WriteMode.S3).build(),
				new S3Uploads(new ObjectStore() {
					@Override
					public CompletableFuture<Void> put(String bucket, String key, byte[] bytes) {
						throw new IllegalStateException("no S3 today");
					}

					@Override
					public InputStream openFrom(String bucket, String key, long fromByte) {
						throw new UnsupportedOperationException();
					}
				}, "bucket", clock), out::add);
		add(b, event(1));
		b.closeAll();
		assertThat(out.get(0).data).isCompletedExceptionally();
	}

	@Test
	void filesAreNamedByTheClock() {
		Event e = event(1);
		S3FileBatcher b = batcher(1, 1);
		add(b, e);
		assertThat(pointer(out.get(0)).get("s3").get("key").asString()).contains("/" + clock.millis() + "-");
	}

}
