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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.client.Event;
import io.rstreams.client.EventId;
import io.rstreams.client.codec.Gzip;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusOptions;
import io.rstreams.localbus.processor.InputRecord;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KinesisPollerTest {

	private static final KinesisPollerSettings FAST = KinesisPollerSettings.defaults()
		.withIdleWait(Duration.ofMillis(10))
		.withRetryBackoff(Duration.ofMillis(10), Duration.ofMillis(40));

	private record Batch(String shard, List<InputRecord> records) {

		List<String> data() {
			return records.stream().map(r -> new String(r.data(), StandardCharsets.UTF_8)).toList();
		}
	}

	private static StubKinesis stream(int pageSize, int records) {
		StubKinesis kinesis = new StubKinesis(pageSize);
		for (int i = 0; i < records; i++) {
			kinesis.put(("r" + i).getBytes(StandardCharsets.UTF_8), 1_700_000_000_000L + i);
		}
		return kinesis;
	}

	private static int stored(List<Batch> batches) {
		return batches.stream().mapToInt(b -> b.records().size()).sum();
	}

	@Test
	void readsFromTrimHorizonAndHandsEachPageOverAsOneBatchWithSequenceNumbersAndArrivalTimes() {
		StubKinesis kinesis = stream(3, 7);
		List<Batch> batches = new CopyOnWriteArrayList<>();
		try (KinesisPoller poller = new KinesisPoller(kinesis, "s",
				(shard, records) -> batches.add(new Batch(shard, records)), FAST)
			.start()) {
			await().atMost(Duration.ofSeconds(10)).until(() -> stored(batches) == 7);
			assertThat(poller.stats()).isEqualTo(new PollerStats(List.of(StubKinesis.SHARD), 7, 3, 0, null));
		}
		assertThat(batches).extracting(Batch::data)
			.containsExactly(List.of("r0", "r1", "r2"), List.of("r3", "r4", "r5"), List.of("r6"));
		assertThat(batches).extracting(Batch::shard).containsOnly(StubKinesis.SHARD);
		List<InputRecord> all = batches.stream().flatMap(b -> b.records().stream()).toList();
		for (int i = 0; i < 7; i++) {
			assertThat(all.get(i).sequenceNumber()).isEqualTo(kinesis.records.get(i).sequenceNumber());
			assertThat(all.get(i).approximateArrivalMillis()).isEqualTo(1_700_000_000_000L + i);
		}
		assertThat(kinesis.iteratorRequests).containsExactly("TRIM_HORIZON");
	}

	@Test
	void aBatchThatFailsIsProcessedAgainUnchangedUntilItIsStored() {
		StubKinesis kinesis = stream(3, 7);
		List<Batch> attempts = new CopyOnWriteArrayList<>();
		AtomicInteger failuresLeft = new AtomicInteger(3);
		try (KinesisPoller poller = new KinesisPoller(kinesis, "s", (shard, records) -> {
			attempts.add(new Batch(shard, records));
			if (new String(records.get(0).data(), StandardCharsets.UTF_8).equals("r3")
					&& failuresLeft.getAndDecrement() > 0) {
				throw new IllegalStateException("LeoStream refused the batch");
			}
		}, FAST).start()) {
			await().atMost(Duration.ofSeconds(10)).until(() -> poller.stats().records() == 7);
			assertThat(poller.stats().failures()).isEqualTo(3);
			assertThat(poller.stats().batches()).isEqualTo(3);
			assertThat(poller.stats().lastError())
				.contains("first sequence number " + kinesis.records.get(3).sequenceNumber())
				.contains("LeoStream refused the batch");
		}
		assertThat(attempts).extracting(Batch::data)
			.containsExactly(List.of("r0", "r1", "r2"), List.of("r3", "r4", "r5"), List.of("r3", "r4", "r5"),
					List.of("r3", "r4", "r5"), List.of("r3", "r4", "r5"), List.of("r6"));
		assertThat(attempts.get(1).records()).isEqualTo(attempts.get(4).records());
	}

	@Test
	void anExpiredIteratorResumesAfterTheLastStoredRecord() {
		StubKinesis kinesis = stream(2, 2);
		List<Batch> batches = new CopyOnWriteArrayList<>();
		try (KinesisPoller poller = new KinesisPoller(kinesis, "s",
				(shard, records) -> batches.add(new Batch(shard, records)), FAST)
			.start()) {
			await().atMost(Duration.ofSeconds(10)).until(() -> stored(batches) == 2);
			kinesis.expireNextGet.set(true);
			kinesis.put("r2".getBytes(StandardCharsets.UTF_8), 1_700_000_000_002L);
			kinesis.put("r3".getBytes(StandardCharsets.UTF_8), 1_700_000_000_003L);
			await().atMost(Duration.ofSeconds(10)).until(() -> stored(batches) == 4);
			assertThat(poller.stats().failures()).isZero();
		}
		assertThat(batches).extracting(Batch::data).containsExactly(List.of("r0", "r1"), List.of("r2", "r3"));
		assertThat(kinesis.iteratorRequests).containsExactly("TRIM_HORIZON",
				"AFTER_SEQUENCE_NUMBER " + kinesis.records.get(1).sequenceNumber());
	}

	@Test
	void closingStopsAPollerWhoseBatchKeepsFailing() {
		StubKinesis kinesis = stream(10, 1);
		AtomicInteger attempts = new AtomicInteger();
		KinesisPoller poller = new KinesisPoller(kinesis, "s", (shard, records) -> {
			attempts.incrementAndGet();
			throw new IllegalStateException("always");
		}, FAST).start();
		await().atMost(Duration.ofSeconds(10)).until(() -> attempts.get() >= 3);
		poller.close();
		int afterClose = attempts.get();
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> attempts.get() == afterClose);
		assertThat(poller.stats().records()).isZero();
		assertThat(poller.stats().failures()).isEqualTo(afterClose);
	}

	@Test
	void recordsPolledFromKinesisAreStoredByTheBusProcessorWithEidsOfTheirBatchTime() {
		try (LocalBus bus = LocalBus.start(LocalBusOptions.defaults().withName("PollerBus"))) {
			long arrival = System.currentTimeMillis();
			StubKinesis kinesis = new StubKinesis(10_000);
			kinesis
				.put(Gzip.compress(("{\"id\":\"node_bot\",\"event\":\"queue:polled\",\"payload\":{\"n\":1},\"eid\":0}\n"
						+ "{\"id\":\"node_bot\",\"event\":\"queue:polled\",\"payload\":{\"n\":2},\"eid\":1}\n")
					.getBytes(StandardCharsets.UTF_8)), arrival);
			kinesis.put(
					"{\"id\":\"json_bot\",\"event\":\"polled\",\"payload\":{\"n\":3}}".getBytes(StandardCharsets.UTF_8),
					arrival + 5);
			try (KinesisPoller poller = new KinesisPoller(kinesis, bus.config().leoKinesisStream(), bus.processor(),
					FAST)
				.start()) {
				await().atMost(Duration.ofSeconds(10)).until(() -> poller.stats().records() == 2);
			}
			List<Event> events = new ArrayList<>();
			try (EventStream stream = bus.reader().read("poller_test", "polled", StartPosition.BEGINNING)) {
				stream.forEachRemaining(e -> events.add(((ReadEntry.Ok) e).event()));
			}
			String base = EventId.minutePrefix(arrival) + arrival;
			assertThat(events).extracting(Event::eid)
				.containsExactly(base + "-0000000", base + "-0000001", base + "-0000002");
			assertThat(events).extracting(e -> e.payload().get("n").asInt()).containsExactly(1, 2, 3);
			assertThat(events).extracting(Event::id).containsExactly("node_bot", "node_bot", "json_bot");
			Map<String, AttributeValue> clock = bus.dynamo()
				.getItem(b -> b.tableName(bus.config().leoSettings())
					.key(Map.of("id", AttributeValue.fromS("kinesis-processor-" + StubKinesis.SHARD))))
				.join()
				.item();
			assertThat(clock.get("value").n()).isEqualTo(String.valueOf(arrival));
			assertThat(clock.get("sequence").s()).isEqualTo(kinesis.records.get(0).sequenceNumber());
		}
	}

}
