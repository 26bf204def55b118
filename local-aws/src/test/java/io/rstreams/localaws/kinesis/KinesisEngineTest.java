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
package io.rstreams.localaws.kinesis;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine as in-process consumers use it, and its memory bound. */
class KinesisEngineTest {

	private static final int MIB = 1024 * 1024;

	@Test
	void theOldestRecordsAreDroppedWhenAShardIsFull() {
		KinesisEngine engine = new KinesisEngine(Clock.systemUTC(), "us-east-1", 2L * MIB);
		engine.createStream("bus", 1);
		for (int i = 0; i < 5; i++) {
			byte[] data = new byte[600 * 1024];
			data[0] = (byte) i;
			engine.putRecord("bus", new PutEntry(data, "0", "0"));
		}
		String horizon = engine.shardIterator("bus", "shardId-000000000000", IteratorType.TRIM_HORIZON, null, null);
		List<StoredRecord> kept = engine.getRecords(horizon, 100).records();
		assertThat(kept).extracting(r -> (int) r.data()[0]).containsExactly(2, 3, 4);
		assertThat(kept.get(0).sequenceNumber()).endsWith("2");
	}

	@Test
	void sequenceNumbersOfAnotherShardAreRefused() {
		KinesisEngine engine = new KinesisEngine();
		engine.createStream("bus", 2);
		PutOutcome first = engine.putRecord("bus", new PutEntry(new byte[] { 1 }, "0", "0"));
		assertThat(first.shardId()).isEqualTo("shardId-000000000000");
		assertThatThrownBy(() -> engine.shardIterator("bus", "shardId-000000000001", IteratorType.AFTER_SEQUENCE_NUMBER,
				first.sequenceNumber(), null))
			.isInstanceOfSatisfying(KinesisException.class,
					e -> assertThat(e.code()).isEqualTo("InvalidArgumentException"));
	}

	@Test
	void aConsumerWaitsForPutsInsteadOfPolling() throws Exception {
		KinesisEngine engine = new KinesisEngine();
		engine.createStream("bus", 1);
		long seen = engine.putCount("bus");
		assertThat(engine.awaitPut("bus", seen, Duration.ofMillis(20))).isFalse();
		CompletableFuture<Boolean> woken = CompletableFuture.supplyAsync(() -> {
			try {
				return engine.awaitPut("bus", seen, Duration.ofSeconds(30));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		engine.putRecords("bus",
				List.of(new PutEntry(new byte[] { 1 }, "a", null), new PutEntry(new byte[] { 2 }, "b", null)));
		assertThat(woken.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(engine.putCount("bus")).isEqualTo(seen + 2);
	}

	@Test
	void invalidPutsStoreNothing() {
		KinesisEngine engine = new KinesisEngine();
		engine.createStream("bus", 1);
		assertThatThrownBy(() -> engine.putRecords("bus",
				List.of(new PutEntry(new byte[] { 1 }, "0", null), new PutEntry(new byte[MIB + 1], "0", null))))
			.isInstanceOfSatisfying(KinesisException.class, e -> assertThat(e.code()).isEqualTo("ValidationException"));
		assertThatThrownBy(() -> engine.putRecords("bus", List.of(new PutEntry(new byte[] { 1 }, "", null))))
			.isInstanceOf(KinesisException.class);
		assertThat(engine.putCount("bus")).isZero();
	}

}
