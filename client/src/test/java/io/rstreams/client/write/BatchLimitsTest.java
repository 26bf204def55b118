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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.PutResult;
import io.rstreams.client.codec.Gzip;
import org.junit.jupiter.api.Test;

import static io.rstreams.client.write.KinesisChunkBatcherTest.add;
import static io.rstreams.client.write.KinesisChunkBatcherTest.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What goes into one transport call: the record queue's draining within each sink's
 * limits, and the sinks.
 */
class BatchLimitsTest {

	private final RecordQueue queue = new RecordQueue();

	static OutRecord record(String name, int bytes) {
		return SendLoopTest.record(name, CompletableFuture.completedFuture(new byte[bytes]));
	}

	private List<List<String>> drainAll(RecordSink limits) {
		List<List<String>> batches = new ArrayList<>();
		while (!queue.isEmpty()) {
			batches.add(queue.drain(limits, r -> {
			}).stream().map(r -> r.description).toList());
		}
		return batches;
	}

	private static FirehoseSink firehose(long batchBytes, List<List<byte[]>> calls, List<PutResult> answer) {
		return new FirehoseSink((stream, records) -> {
			calls.add(records);
			return CompletableFuture.completedFuture(answer);
		}, "fstream", WriterSettings.builder().mode(WriteMode.FIREHOSE).firehoseBatchBytes(batchBytes).build());
	}

	@Test
	void aPutRecordsTakesAtMostItsRecordsAndBytes() {
		KinesisSink kinesis = new KinesisSink((s, r) -> null, "kstream",
				WriterSettings.builder().batch(3, 1000).build());
		for (int i = 0; i < 7; i++) {
			queue.add(record("r" + i, 100));
		}
		assertThat(drainAll(kinesis)).extracting(List::size).containsExactly(3, 3, 1);
		queue.add(record("a", 600));
		queue.add(record("b", 400));
		queue.add(record("c", 1));
		queue.add(record("huge", 5000));
		queue.add(record("d", 1));
		assertThat(drainAll(kinesis)).containsExactly(List.of("a", "b"), List.of("c"), List.of("huge"), List.of("d"));
	}

	@Test
	void aQueueIsReadyWhenItsHeadIsDueOrItHoldsAFullBatch() {
		KinesisSink kinesis = new KinesisSink((s, r) -> null, "kstream",
				WriterSettings.builder().batch(3, 1000).build());
		queue.add(record("r1", 400));
		queue.add(record("r2", 400));
		assertThat(queue.isReady(kinesis)).isFalse();
		queue.add(record("r3", 200));
		assertThat(queue.isReady(kinesis)).as("1000 bytes").isTrue();
		queue.drain(kinesis, r -> {
		});
		queue.add(record("r4", 1));
		queue.add(record("r5", 1));
		assertThat(queue.isReady(kinesis)).isFalse();
		queue.add(record("r6", 1));
		assertThat(queue.isReady(kinesis)).as("3 records").isTrue();
		queue.drain(kinesis, r -> {
		});
		queue.add(record("r7", 1));
		queue.markAllDue();
		queue.add(record("r8", 1));
		assertThat(queue.isReady(kinesis)).isTrue();
		assertThat(drainAll(kinesis)).containsExactly(List.of("r7", "r8"));
		queue.add(record("r9", 1));
		assertThat(queue.isReady(kinesis)).as("due marks only what was queued then").isFalse();
	}

	@Test
	void aFirehoseRecordTakesAnyNumberOfChunksUpToItsBytes() {
		FirehoseSink sink = firehose(1000, new ArrayList<>(), List.of());
		for (int i = 0; i < 5; i++) {
			queue.add(record("c" + i, 400));
		}
		assertThat(drainAll(sink)).extracting(List::size).containsExactly(2, 2, 1);
		for (int i = 0; i < 600; i++) {
			queue.add(record("s" + i, 1));
		}
		assertThat(drainAll(sink)).as("no 500-record cap as in PutRecords").extracting(List::size).containsExactly(600);
	}

	@Test
	void aFirehoseBatchIsOneRecordOfAllItsTextsAndItsResultIsEveryChunks() {
		List<List<byte[]>> calls = new ArrayList<>();
		FirehoseSink sink = firehose(900_000, calls, List.of(PutResult.accepted(null, "r1")));
		List<OutRecord> batch = List.of(
				SendLoopTest.record("a",
						CompletableFuture.completedFuture("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8))),
				SendLoopTest.record("b",
						CompletableFuture.completedFuture("{\"b\":2}\n".getBytes(StandardCharsets.UTF_8))));
		List<PutResult> results = sink.send(batch).join();
		assertThat(calls).hasSize(1);
		assertThat(calls.get(0)).hasSize(1);
		assertThat(new String(calls.get(0).get(0), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}\n{\"b\":2}\n");
		assertThat(results).hasSize(2).allMatch(PutResult::accepted);
		assertThat(firehose(900_000, calls, List.of()).send(batch).join()).hasSize(2)
			.allMatch(r -> !r.accepted() && r.errorCode().equals("NoResult"));
	}

	@Test
	void firehoseChunksAreTextNotGzip() {
		List<OutRecord> out = new ArrayList<>();
		FirehoseBatcher b = new FirehoseBatcher(WriterSettings.builder().mode(WriteMode.FIREHOSE).build(), out::add);
		for (int i = 0; i < 150; i++) {
			add(b, event(i));
		}
		assertThat(out).hasSize(1);
		b.closeAll();
		assertThat(out).hasSize(2);
		byte[] text = out.get(1).data.join();
		assertThat(Gzip.isGzip(text)).isFalse();
		assertThat(new String(text, StandardCharsets.UTF_8).split("\n")).hasSize(50);
		assertThat(new String(text, StandardCharsets.UTF_8)).startsWith("{\"payload\":{\"n\":100}")
			.contains(",\"eid\":0}\n");
	}

	@Test
	void kinesisKeysAreTheSdksOrTheQueue() {
		List<List<KinesisRecord>> calls = new ArrayList<>();
		OutRecord chunk = record("chunk", 1);
		OutRecord pointer = new OutRecord(CompletableFuture.completedFuture(new byte[1]), List.of(), null, "pointer");
		new KinesisSink((s, r) -> {
			calls.add(r);
			return CompletableFuture.completedFuture(List.of());
		}, "kstream", WriterSettings.defaults()).send(List.of(chunk, pointer));
		assertThat(calls.get(0)).extracting(KinesisRecord::partitionKey).containsExactly("0", "0");
		assertThat(calls.get(0)).extracting(KinesisRecord::explicitHashKey).containsExactly("0", "0");
		new KinesisSink((s, r) -> {
			calls.add(r);
			return CompletableFuture.completedFuture(List.of());
		}, "kstream", WriterSettings.builder().partitioning("0", "0", true).build()).send(List.of(chunk, pointer));
		assertThat(calls.get(1)).extracting(KinesisRecord::partitionKey).containsExactly("q", "0");
		assertThat(calls.get(1)).extracting(KinesisRecord::explicitHashKey).containsOnlyNulls();
	}

}
