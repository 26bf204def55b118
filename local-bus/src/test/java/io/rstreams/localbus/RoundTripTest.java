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
package io.rstreams.localbus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.checkpoint.StaleCheckpointException;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadStart;
import io.rstreams.client.read.StartPosition;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.junit.LocalBusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(LocalBusExtension.class)
class RoundTripTest {

	private static List<Event> readAll(EventStream stream) {
		List<Event> events = new ArrayList<>();
		try (stream) {
			while (stream.hasNext()) {
				ReadEntry entry = stream.next();
				assertThat(entry).isInstanceOf(ReadEntry.Ok.class);
				events.add(((ReadEntry.Ok) entry).event());
			}
		}
		return events;
	}

	private static void write(LocalBus bus, String queue, int from, int to) throws Exception {
		try (QueueWriter writer = bus.writer("writer_bot")) {
			for (int i = from; i < to; i++) {
				writer.write(Event.builder()
					.event(queue)
					.payload(Json.mapper().createObjectNode().put("n", i))
					.eventSourceTimestamp(1_700_000_000_000L + i)
					.correlationId(new Correlation("upstream",
							"z/2023/11/14/22/13/1699999999999-" + String.format("%07d", i), null, 1L, false, false))
					.build());
			}
			writer.flush().get(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void writeReadCheckpointRestartAndGetExactlyTheRest(LocalBus bus, QueueReader reader, Checkpointer checkpointer)
			throws Exception {
		write(bus, "orders", 0, 1000);

		ReadStart start = reader.resolveStart("reader_bot", "orders", StartPosition.CHECKPOINT);
		assertThat(start.checkpoint()).isNull();
		assertThat(start.botExists()).isFalse();
		List<Event> first = readAll(reader.read(start.toRequest().withLimit(400)));
		assertThat(first).hasSize(400);
		for (int i = 0; i < first.size(); i++) {
			Event e = first.get(i);
			assertThat(e.payload().get("n").asInt()).isEqualTo(i);
			assertThat(e.event()).isEqualTo("orders");
			assertThat(e.id()).isEqualTo("writer_bot");
			assertThat(e.eventSourceTimestamp()).isEqualTo(1_700_000_000_000L + i);
			assertThat(e.correlationId().source()).isEqualTo("upstream");
			assertThat(e.correlationId().start()).endsWith(String.format("-%07d", i));
			if (i > 0) {
				assertThat(e.eid()).isGreaterThan(first.get(i - 1).eid());
			}
		}
		String last = first.get(399).eid();
		checkpointer.checkpoint("reader_bot", "orders", new Checkpoint(last, first.get(399).eventSourceTimestamp(),
				System.currentTimeMillis(), System.currentTimeMillis(), 400L), null);

		QueueReader restarted = bus.reader();
		ReadStart again = restarted.resolveStart("reader_bot", "orders", StartPosition.CHECKPOINT);
		assertThat(again.checkpoint()).isEqualTo(last);
		assertThat(again.botExists()).isTrue();
		List<Event> rest = readAll(restarted.read(again.toRequest()));
		assertThat(rest).hasSize(600);
		assertThat(rest.get(0).payload().get("n").asInt()).isEqualTo(400);
		assertThat(rest.get(599).payload().get("n").asInt()).isEqualTo(999);
		assertThat(rest.get(0).eid()).isGreaterThan(last);

		// the optimistic lock: a second checkpoint that expects the old value is stale
		checkpointer.checkpoint("reader_bot", "orders", new Checkpoint(rest.get(599).eid(), null, null, null, 600L),
				last);
		assertThatThrownBy(() -> checkpointer.checkpoint("reader_bot", "orders",
				new Checkpoint(rest.get(10).eid(), null, null, null, 1L), last))
			.isInstanceOf(StaleCheckpointException.class)
			.hasMessageContaining("reader_bot");
		assertThat(checkpointer.readCheckpoint("reader_bot", "orders")).isEqualTo(rest.get(599).eid());
	}

	@Test
	void eidsIncreaseAcrossBatchesAndQueuesStaySeparate(LocalBus bus, QueueReader reader) throws Exception {
		write(bus, "q.a", 0, 50);
		write(bus, "q.b", 0, 10);
		write(bus, "q.a", 50, 120);
		List<Event> a = readAll(reader.read("any_bot", "q.a", StartPosition.BEGINNING));
		List<Event> b = readAll(reader.read("any_bot", "q.b", StartPosition.BEGINNING));
		assertThat(a).extracting(e -> e.payload().get("n").asInt()).containsExactlyElementsOf(range(0, 120));
		assertThat(b).extracting(e -> e.payload().get("n").asInt()).containsExactlyElementsOf(range(0, 10));
		for (int i = 1; i < a.size(); i++) {
			assertThat(a.get(i).eid()).isGreaterThan(a.get(i - 1).eid());
		}
		assertThat(reader.queueInfo("q.a").maxEid()).isEqualTo(a.get(119).eid());
	}

	@Test
	void anUnwrittenQueueReadsEmptyAndANewBotStartsToday(LocalBus bus, QueueReader reader) {
		ReadStart start = reader.resolveStart("new_bot", "never_written", StartPosition.CHECKPOINT);
		assertThat(start.queueInfo()).isNull();
		assertThat(start.hasEvents()).isFalse();
		assertThat(start.after().queryKey()).matches("z/\\d{4}/\\d{2}/\\d{2}");
		assertThat(readAll(reader.read(start.toRequest()))).isEmpty();
	}

	static List<Integer> range(int from, int to) {
		List<Integer> list = new ArrayList<>();
		for (int i = from; i < to; i++) {
			list.add(i);
		}
		return list;
	}

	static final Duration TIMEOUT = Duration.ofSeconds(30);

}
