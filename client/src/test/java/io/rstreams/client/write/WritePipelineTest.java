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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

import io.rstreams.client.Event;
import io.rstreams.client.RStreamsException;
import io.rstreams.client.codec.WireLine;
import io.rstreams.client.testing.InMemoryObjectStore;
import org.junit.jupiter.api.Test;

import static io.rstreams.client.write.KinesisChunkBatcherTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batcher, the queue and the send loop together, with the linger timer on a hand-run
 * executor.
 */
class WritePipelineTest {

	private final ManualScheduler scheduler = new ManualScheduler();

	private final TestClock clock = new TestClock(1_795_000_000_000L);

	private FakeSink sink;

	private WritePipeline pipeline(WriterSettings settings) {
		sink = new FakeSink(settings.batchRecords(), settings.batchBytes());
		RecordQueue queue = new RecordQueue();
		RecordBatcher batcher = settings.mode() == WriteMode.S3
				? new S3FileBatcher(settings, new S3Uploads(new InMemoryObjectStore(), "bucket", clock), queue::add)
				: new KinesisChunkBatcher(settings, new S3Uploads(null, null, clock), queue::add);
		ReentrantLock lock = new ReentrantLock();
		SendLoop loop = new SendLoop(queue, sink, settings, scheduler, lock, new WriterCounters());
		return new WritePipeline(batcher, queue, loop, scheduler, lock, clock, settings.linger().toMillis());
	}

	private static CompletableFuture<Void> add(WritePipeline p, Event e) {
		CompletableFuture<Void> ack = new CompletableFuture<>();
		p.add(e, WireLine.of(e), ack);
		return ack;
	}

	@Test
	void theFirstEventWaitsTheLingerForCompany() {
		WritePipeline p = pipeline(WriterSettings.defaults());
		CompletableFuture<Void> first = add(p, event(1));
		scheduler.advance(150);
		add(p, event(2));
		scheduler.advance(49);
		assertThat(sink.calls).isEmpty();
		scheduler.advance(1);
		assertThat(sink.calls).containsExactly(List.of("2 events"));
		scheduler.runDue();
		assertThat(first).isCompleted();
		assertThat(scheduler.scheduledDelays).as("one timer, not one per event").containsExactly(200L);
		add(p, event(3));
		assertThat(scheduler.scheduledDelays).containsExactly(200L, 200L);
	}

	@Test
	void aFlushSendsAtOnce() {
		WritePipeline p = pipeline(WriterSettings.defaults());
		add(p, event(1));
		p.flush();
		assertThat(sink.calls).hasSize(1);
		assertThat(p.state()).isEqualTo(SendLoop.State.SENDING);
	}

	@Test
	void fullBatchesGoWithoutTheLinger() {
		WritePipeline p = pipeline(WriterSettings.builder().chunk(1, 200 * 1024).batch(2, 200 * 1024).build());
		add(p, event(1));
		assertThat(sink.calls).isEmpty();
		add(p, event(2));
		assertThat(sink.calls).hasSize(1);
	}

	@Test
	void inS3ModeTheTimerKeepsTickingWhileAFileIsOpen() {
		WritePipeline p = pipeline(WriterSettings.builder()
			.mode(WriteMode.S3)
			.linger(Duration.ofMillis(200))
			.s3Files(10 * 1024 * 1024, 10, Duration.ofSeconds(1))
			.build());
		add(p, event(1));
		for (int i = 0; i < 4; i++) {
			clock.advance(200);
			scheduler.advance(200);
		}
		assertThat(sink.calls).isEmpty();
		clock.advance(200);
		scheduler.advance(200);
		scheduler.runDue();
		assertThat(sink.calls).hasSize(1);
		int timers = scheduler.scheduledDelays.size();
		scheduler.advance(1_000);
		assertThat(scheduler.scheduledDelays).as("no file open, no timer").hasSize(timers);
	}

	@Test
	void aClosedPipelineRefusesEvents() {
		WritePipeline p = pipeline(WriterSettings.defaults());
		p.close();
		assertThat(p.isClosed()).isTrue();
		assertThatThrownBy(() -> add(p, event(1))).isInstanceOf(RStreamsException.class)
			.hasMessage("The writer is closed");
		assertThat(scheduler.isShutdown()).isTrue();
	}

}
