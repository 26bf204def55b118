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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.PutResult;
import org.junit.jupiter.api.Test;

import static io.rstreams.client.write.SendLoop.State.BACKING_OFF;
import static io.rstreams.client.write.SendLoop.State.CLOSED;
import static io.rstreams.client.write.SendLoop.State.IDLE;
import static io.rstreams.client.write.SendLoop.State.SENDING;
import static io.rstreams.client.write.SendLoop.State.WAITING_FOR_UPLOAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send loop on a hand-run executor: every callback and timer happens where the test
 * says.
 */
class SendLoopTest {

	private final ManualScheduler scheduler = new ManualScheduler();

	private final RecordQueue queue = new RecordQueue();

	private final WriterCounters counters = new WriterCounters();

	private FakeSink sink = new FakeSink(100, 200 * 1024);

	private SendLoop loop(WriterSettings settings) {
		return new SendLoop(queue, sink, settings, scheduler, new ReentrantLock(), counters);
	}

	static OutRecord record(String name) {
		return record(name, CompletableFuture.completedFuture(name.getBytes(StandardCharsets.UTF_8)));
	}

	static OutRecord record(String name, CompletableFuture<byte[]> data) {
		return new OutRecord(data, List.of(new CompletableFuture<>()), "q", name);
	}

	static CompletableFuture<Void> ack(OutRecord r) {
		return r.acks.get(0);
	}

	private void queue(OutRecord... records) {
		for (OutRecord r : records) {
			queue.add(r);
		}
	}

	@Test
	void aBatchWaitsUntilItIsDueThenGoesInOneCall() {
		SendLoop loop = loop(WriterSettings.defaults());
		OutRecord r1 = record("r1");
		OutRecord r2 = record("r2");
		queue(r1, r2);
		loop.trySend();
		assertThat(loop.state()).isEqualTo(IDLE);
		assertThat(sink.calls).isEmpty();
		queue.markAllDue();
		loop.trySend();
		assertThat(loop.state()).isEqualTo(SENDING);
		assertThat(sink.calls).containsExactly(List.of("r1", "r2"));
		assertThat(ack(r1)).isNotDone();
		scheduler.runDue();
		assertThat(loop.state()).isEqualTo(IDLE);
		assertThat(ack(r1)).isCompleted();
		assertThat(ack(r2)).isCompleted();
		assertThat(counters.recordsSent.get()).isEqualTo(2);
	}

	@Test
	void aFullBatchGoesWithoutBeingDueAndOneCallAtATime() {
		sink = new FakeSink(2, 200 * 1024);
		SendLoop loop = loop(WriterSettings.defaults());
		queue(record("r1"), record("r2"), record("r3"), record("r4"), record("r5"));
		loop.trySend();
		assertThat(sink.calls).containsExactly(List.of("r1", "r2"));
		loop.trySend();
		assertThat(sink.calls).hasSize(1);
		scheduler.runDue();
		assertThat(sink.calls).containsExactly(List.of("r1", "r2"), List.of("r3", "r4"));
		scheduler.runDue();
		assertThat(loop.state()).as("r5 alone is no full batch").isEqualTo(IDLE);
		assertThat(sink.calls).hasSize(2);
	}

	@Test
	void onlyTheRefusedRecordsGoAgainAfterTheBackOffAheadOfNewerOnes() {
		sink.policy = (call, name) -> call == 0 && name.equals("r2")
				? PutResult.failed("ProvisionedThroughputExceededException", "slow down")
				: PutResult.accepted("shardId-000000000000", "1");
		SendLoop loop = loop(WriterSettings.defaults());
		OutRecord r1 = record("r1");
		OutRecord r2 = record("r2");
		OutRecord r3 = record("r3");
		queue(r1, r2, r3);
		queue.markAllDue();
		loop.trySend();
		scheduler.runDue();
		assertThat(loop.state()).isEqualTo(BACKING_OFF);
		assertThat(ack(r1)).isCompleted();
		assertThat(ack(r3)).isCompleted();
		assertThat(ack(r2)).isNotDone();
		assertThat(counters.recordRetries.get()).isEqualTo(1);
		assertThat(scheduler.scheduledDelays).containsExactly(10L);
		OutRecord r4 = record("r4");
		queue(r4);
		loop.trySend();
		assertThat(sink.calls).hasSize(1);
		scheduler.advance(9);
		assertThat(loop.state()).isEqualTo(BACKING_OFF);
		sink.nextCall = new CompletableFuture<>();
		CompletableFuture<List<PutResult>> retry = sink.nextCall;
		scheduler.advance(1);
		assertThat(loop.state()).isEqualTo(SENDING);
		assertThat(sink.calls.get(1)).containsExactly("r2", "r4");
		retry.complete(List.of(PutResult.accepted("shardId-000000000000", "2"),
				PutResult.accepted("shardId-000000000000", "3")));
		scheduler.runDue();
		assertThat(loop.state()).isEqualTo(IDLE);
		assertThat(ack(r2)).isCompleted();
		assertThat(counters.recordsSent.get()).isEqualTo(4);
	}

	@Test
	void backOffIsFibonacciAndARecordFailsAfterItsAttempts() {
		sink.policy = (call, name) -> PutResult.failed("InternalFailure", "broken");
		SendLoop loop = loop(WriterSettings.builder().retries(5, Duration.ofMillis(10), Duration.ofMillis(25)).build());
		OutRecord r1 = record("r1");
		queue(r1);
		queue.markAllDue();
		loop.trySend();
		scheduler.advance(1_000);
		assertThat(sink.calls).hasSize(5);
		assertThat(scheduler.scheduledDelays).containsExactly(10L, 20L, 25L, 25L);
		assertThat(ack(r1)).isCompletedExceptionally();
		assertThat(ack(r1).handle((ok, f) -> f.getMessage()).join())
			.isEqualTo("Could not write r1 after 5 attempts, last error InternalFailure: broken");
		assertThat(loop.state()).isEqualTo(IDLE);
		assertThat(counters.recordRetries.get()).isEqualTo(4);
	}

	@Test
	void aCallRefusedForGoodFailsItsRecordsAtOnce() {
		sink.nextCall = CompletableFuture.failedFuture(new AwsCallException(
				"Kinesis PutRecords failed: " + "ResourceNotFoundException: Stream kstream not found", null, false,
				"ResourceNotFoundException"));
		SendLoop loop = loop(WriterSettings.defaults());
		OutRecord r1 = record("r1");
		queue(r1);
		queue.markAllDue();
		loop.trySend();
		scheduler.runDue();
		assertThat(loop.state()).isEqualTo(IDLE);
		assertThat(sink.calls).hasSize(1);
		assertThat(ack(r1).handle((ok, f) -> f.getMessage()).join())
			.startsWith("Could not write r1 after 1 attempt(s): ")
			.contains("Stream kstream not found");
	}

	@Test
	void aCallThatFailedAsAWholeIsRetriedWhole() {
		sink.nextCall = CompletableFuture
			.failedFuture(new AwsCallException("Kinesis PutRecords timed out", null, true, "Timeout"));
		SendLoop loop = loop(WriterSettings.defaults());
		queue(record("r1"), record("r2"));
		queue.markAllDue();
		loop.trySend();
		scheduler.runDue();
		assertThat(loop.state()).isEqualTo(BACKING_OFF);
		scheduler.advance(10);
		scheduler.runDue();
		assertThat(sink.calls).containsExactly(List.of("r1", "r2"), List.of("r1", "r2"));
		assertThat(counters.recordsSent.get()).isEqualTo(2);
		assertThat(counters.recordRetries.get()).isEqualTo(2);
	}

	@Test
	void aPointerWaitsForItsUploadAndWhatFollowsWaitsWithIt() {
		SendLoop loop = loop(WriterSettings.defaults());
		CompletableFuture<byte[]> upload = new CompletableFuture<>();
		OutRecord before = record("before");
		OutRecord pointer = record("pointer", upload);
		OutRecord after = record("after");
		queue(before, pointer, after);
		queue.markAllDue();
		loop.trySend();
		assertThat(sink.calls).containsExactly(List.of("before"));
		scheduler.runDue();
		assertThat(loop.state()).isEqualTo(WAITING_FOR_UPLOAD);
		assertThat(sink.calls).hasSize(1);
		upload.complete("p".getBytes(StandardCharsets.UTF_8));
		assertThat(loop.state()).as("the upload's callback runs on the writer's executor")
			.isEqualTo(WAITING_FOR_UPLOAD);
		scheduler.runDue();
		assertThat(sink.calls).containsExactly(List.of("before"), List.of("pointer", "after"));
		scheduler.runDue();
		assertThat(ack(pointer)).isCompleted();
		assertThat(ack(after)).isCompleted();
	}

	@Test
	void aFailedUploadFailsItsEventsAndTheRestGoes() {
		SendLoop loop = loop(WriterSettings.defaults());
		OutRecord pointer = record("s3://bucket/f.gz",
				CompletableFuture.failedFuture(new IllegalStateException("S3 down")));
		OutRecord after = record("after");
		queue(pointer, after);
		queue.markAllDue();
		loop.trySend();
		assertThat(ack(pointer).handle((ok, f) -> f.getMessage()).join())
			.isEqualTo("Could not upload s3://bucket/f.gz to S3: S3 down");
		assertThat(sink.calls).containsExactly(List.of("after"));
	}

	@Test
	void aClosedLoopSendsNothingAndRetriesNothing() {
		SendLoop loop = loop(WriterSettings.defaults());
		CompletableFuture<List<PutResult>> inFlight = new CompletableFuture<>();
		sink.nextCall = inFlight;
		queue(record("r1"));
		queue.markAllDue();
		loop.trySend();
		assertThat(loop.state()).isEqualTo(SENDING);
		loop.close();
		inFlight.complete(List.of(PutResult.failed("InternalFailure", "broken")));
		scheduler.runDue();
		assertThat(loop.state()).isEqualTo(CLOSED);
		assertThat(scheduler.scheduledDelays).isEmpty();
		queue(record("r2"));
		queue.markAllDue();
		loop.trySend();
		assertThat(sink.calls).hasSize(1);
	}

}
