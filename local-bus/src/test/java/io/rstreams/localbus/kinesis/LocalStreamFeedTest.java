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
package io.rstreams.localbus.kinesis;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.localaws.kinesis.IteratorType;
import io.rstreams.localaws.kinesis.KinesisEngine;
import io.rstreams.localaws.kinesis.PutEntry;
import io.rstreams.localaws.kinesis.PutOutcome;
import io.rstreams.localaws.kinesis.StoredRecord;
import io.rstreams.localbus.processor.InputRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalStreamFeedTest {

	private static final KinesisPollerSettings FAST = KinesisPollerSettings.defaults()
		.withIdleWait(Duration.ofMillis(10))
		.withRetryBackoff(Duration.ofMillis(10), Duration.ofMillis(40));

	private static final Instant ARRIVAL = Instant.parse("2024-01-01T00:01:00.123Z");

	private final KinesisEngine engine = new KinesisEngine(Clock.fixed(ARRIVAL, ZoneOffset.UTC), "us-east-1",
			KinesisEngine.DEFAULT_BYTES_PER_SHARD);

	private record Batch(String shard, List<InputRecord> records) {

		List<String> data() {
			return records.stream().map(r -> new String(r.data(), StandardCharsets.UTF_8)).toList();
		}
	}

	private List<PutOutcome> put(String... texts) {
		List<PutEntry> entries = new ArrayList<>();
		for (String t : texts) {
			entries.add(new PutEntry(t.getBytes(StandardCharsets.UTF_8), "0", "0"));
		}
		return engine.putRecords("bus", entries);
	}

	private static int stored(List<Batch> batches) {
		return batches.stream().mapToInt(b -> b.records().size()).sum();
	}

	@Test
	void createsTheStreamAndHandsOverWhatWasPutWithSequenceNumbersAndArrivalTimes() {
		List<Batch> batches = new CopyOnWriteArrayList<>();
		try (LocalStreamFeed feed = LocalStreamFeed.start(engine, "bus",
				(shard, records) -> batches.add(new Batch(shard, records)), FAST)) {
			assertThat(engine.shardIds("bus")).containsExactly("shardId-000000000000");
			List<PutOutcome> first = put("r0", "r1");
			await().atMost(Duration.ofSeconds(10)).until(() -> stored(batches) == 2);
			List<PutOutcome> second = put("r2");
			await().atMost(Duration.ofSeconds(10)).until(() -> stored(batches) == 3);
			assertThat(feed.stats()).isEqualTo(new PollerStats(List.of("shardId-000000000000"), 3, 2, 0, null));

			List<InputRecord> all = batches.stream().flatMap(b -> b.records().stream()).toList();
			assertThat(all).extracting(InputRecord::sequenceNumber)
				.containsExactly(first.get(0).sequenceNumber(), first.get(1).sequenceNumber(),
						second.get(0).sequenceNumber());
			assertThat(all).extracting(InputRecord::approximateArrivalMillis).containsOnly(ARRIVAL.toEpochMilli());
		}
		assertThat(batches).extracting(Batch::data).containsExactly(List.of("r0", "r1"), List.of("r2"));
		assertThat(batches).extracting(Batch::shard).containsOnly("shardId-000000000000");
	}

	@Test
	void recordsPutBeforeTheFeedStartedAreReadFromTrimHorizonInBatchesOfTheLimit() {
		engine.createStream("bus", 1);
		put("r0", "r1", "r2", "r3", "r4");
		List<Batch> batches = new CopyOnWriteArrayList<>();
		try (LocalStreamFeed feed = LocalStreamFeed.start(engine, "bus",
				(shard, records) -> batches.add(new Batch(shard, records)), FAST.withBatchLimit(2))) {
			await().atMost(Duration.ofSeconds(10)).until(() -> stored(batches) == 5);
		}
		assertThat(batches).extracting(Batch::data)
			.containsExactly(List.of("r0", "r1"), List.of("r2", "r3"), List.of("r4"));
	}

	@Test
	void aBatchThatFailsIsProcessedAgainUnchangedAndStaysReadableForOthers() {
		List<Batch> attempts = new CopyOnWriteArrayList<>();
		AtomicInteger failuresLeft = new AtomicInteger(2);
		try (LocalStreamFeed feed = LocalStreamFeed.start(engine, "bus", (shard, records) -> {
			attempts.add(new Batch(shard, records));
			if (failuresLeft.getAndDecrement() > 0) {
				throw new IllegalStateException("LeoStream refused the batch");
			}
		}, FAST)) {
			put("r0", "r1");
			await().atMost(Duration.ofSeconds(10)).until(() -> feed.stats().records() == 2);
			assertThat(feed.stats().failures()).isEqualTo(2);
			assertThat(feed.stats().lastError()).contains("LeoStream refused the batch");
		}
		assertThat(attempts).hasSize(3);
		assertThat(attempts.get(0).records()).isEqualTo(attempts.get(2).records());
		String iterator = engine.shardIterator("bus", "shardId-000000000000", IteratorType.TRIM_HORIZON, null, null);
		assertThat(engine.getRecords(iterator, 10).records()).extracting(StoredRecord::sequenceNumber)
			.containsExactlyElementsOf(attempts.get(0).records().stream().map(InputRecord::sequenceNumber).toList());
	}

	@Test
	void closingAnIdleFeedIsImmediate() {
		LocalStreamFeed feed = LocalStreamFeed.start(engine, "bus", (shard, records) -> {
		}, FAST);
		await().atMost(Duration.ofSeconds(10)).until(feed::isWaiting);
		long started = System.nanoTime();
		feed.close();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
	}

}
