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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.RStreamsException;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.PutResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.rstreams.client.write.QueueWriterTest.BUS;
import static io.rstreams.client.write.QueueWriterTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The facade's contract: its counters, its bounded buffer and what closing does to
 * unfinished writes.
 */
class QueueWriterBehaviourTest {

	private final ExecutorService answers = Executors.newSingleThreadExecutor();

	private final List<QueueWriter> writers = new ArrayList<>();

	@AfterEach
	void close() {
		writers.forEach(QueueWriter::close);
		answers.shutdownNow();
	}

	private QueueWriter writer(KinesisTransport kinesis, WriterSettings settings) {
		QueueWriter w = QueueWriter.builder().bus(BUS).kinesis(kinesis).botId("my_bot").settings(settings).build();
		writers.add(w);
		return w;
	}

	/** Answers on another thread, refusing the records of every seventh call once. */
	private KinesisTransport asyncTransport() {
		int[] calls = { 0 };
		return (stream, records) -> CompletableFuture.supplyAsync(() -> {
			int call = calls[0]++;
			List<PutResult> results = new ArrayList<>();
			for (int i = 0; i < records.size(); i++) {
				results.add(call % 7 == 3 && i == 0 ? PutResult.failed("ProvisionedThroughputExceededException", "slow")
						: PutResult.accepted("shardId-000000000000", "1"));
			}
			return results;
		}, answers);
	}

	@Test
	void rightAfterAFlushTheCountersAgreeWithTheCompletedWrites() throws Exception {
		QueueWriter w = writer(asyncTransport(),
				WriterSettings.builder()
					.chunk(10, 200 * 1024)
					.batch(5, 200 * 1024)
					.retries(10, Duration.ofMillis(1), Duration.ofMillis(5))
					.build());
		for (int round = 1; round <= 5; round++) {
			List<CompletableFuture<Void>> writes = new ArrayList<>();
			for (int i = 0; i < 333; i++) {
				writes.add(w.write(event("orders", i)));
			}
			w.flush().get(10, TimeUnit.SECONDS);
			assertThat(writes).allMatch(CompletableFuture::isDone);
			assertThat(w.eventsAccepted()).isEqualTo(333L * round);
			assertThat(w.eventsFailed()).isZero();
			assertThat(w.pending()).isZero();
			assertThat(w.isIdle()).isTrue();
		}
		assertThat(w.recordRetries()).isPositive();
		assertThat(w.recordsSent()).isEqualTo(5 * 34);
	}

	@Test
	void theCountersNeverLagBehindAFlushThatCompleted() throws Exception {
		QueueWriter w = writer(asyncTransport(), WriterSettings.defaults());
		for (int round = 1; round <= 3_000; round++) {
			w.write(event("orders", round));
			w.flush().get(10, TimeUnit.SECONDS);
			assertThat(w.eventsAccepted()).as("round %d", round).isEqualTo(round);
		}
	}

	@Test
	void failedWritesAreCountedBeforeTheFlushFails() {
		QueueWriter w = writer((stream, records) -> CompletableFuture.supplyAsync(
				() -> records.stream().map(r -> PutResult.failed("InternalFailure", "broken")).toList(), answers),
				WriterSettings.builder().retries(2, Duration.ofMillis(1), Duration.ofMillis(1)).build());
		for (int i = 0; i < 150; i++) {
			w.write(event("orders", i));
		}
		assertThatThrownBy(() -> w.flush().get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(WriteFailedException.class);
		assertThat(w.eventsFailed()).isEqualTo(150);
		assertThat(w.eventsAccepted()).isZero();
	}

	@Test
	void aFullBufferBlocksTheWriterUpToTheCallTimeout() {
		CompletableFuture<List<PutResult>> never = new CompletableFuture<>();
		QueueWriter w = writer((stream, records) -> never,
				WriterSettings.builder().maxBufferedBytes(1_000).callTimeout(Duration.ofMillis(300)).build());
		Event half = event("orders", 1).toBuilder()
			.payload(Json.mapper().createObjectNode().put("s", "x".repeat(500)))
			.build();
		w.write(half);
		long start = System.nanoTime();
		assertThatThrownBy(() -> w.write(half)).isInstanceOf(WriteFailedException.class)
			.hasMessageContaining("Queue 'orders': the writer's buffer (1000 bytes) stayed full for 300 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
	}

	@Test
	void aBlockedWriterGoesOnOnceTheBusAccepts() throws Exception {
		QueueWriter w = writer((stream, records) -> CompletableFuture.supplyAsync(() -> {
			sleep(200);
			return records.stream().map(r -> PutResult.accepted("shardId-000000000000", "1")).toList();
		}, answers), WriterSettings.builder().maxBufferedBytes(1_000).callTimeout(Duration.ofSeconds(10)).build());
		Event half = event("orders", 1).toBuilder()
			.payload(Json.mapper().createObjectNode().put("s", "x".repeat(500)))
			.build();
		CompletableFuture<Void> first = w.write(half);
		w.flush();
		long start = System.nanoTime();
		CompletableFuture<Void> second = w.write(half);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
		first.get(5, TimeUnit.SECONDS);
		w.flush().get(5, TimeUnit.SECONDS);
		assertThat(second).isCompleted();
		assertThat(w.eventsAccepted()).isEqualTo(2);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void closingFailsWhatTheBusNeverAcceptedAndRefusesNewWrites() {
		QueueWriter w = writer((stream, records) -> new CompletableFuture<>(),
				WriterSettings.builder().callTimeout(Duration.ofMillis(200)).build());
		CompletableFuture<Void> write = w.write(event("orders", 1));
		w.close();
		assertThat(write).isCompletedExceptionally();
		assertThatThrownBy(write::join).hasCauseInstanceOf(RStreamsException.class)
			.hasMessageContaining("The writer was closed before the bus accepted this event");
		CompletableFuture<Void> late = w.write(event("orders", 2));
		assertThatThrownBy(late::join).hasMessageContaining("The writer is closed");
		assertThat(w.eventsFailed()).isEqualTo(2);
		assertThat(w.isIdle()).isTrue();
		w.close();
	}

	@Test
	void aWriterWithoutItsModesTransportFailsAtBuildTime() {
		assertThatThrownBy(() -> QueueWriter.builder().bus(BUS).build()).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("A KINESIS writer needs a Kinesis transport");
		assertThatThrownBy(() -> QueueWriter.builder()
			.bus(BUS)
			.settings(WriterSettings.builder().mode(WriteMode.S3).build())
			.kinesis((s, r) -> null)
			.build()).hasMessage("A S3 writer needs a Kinesis transport and an S3 object store");
		assertThatThrownBy(() -> QueueWriter.builder()
			.bus(BUS)
			.settings(WriterSettings.builder().mode(WriteMode.FIREHOSE).build())
			.build()).hasMessage("A FIREHOSE writer needs a Firehose transport");
	}

}
