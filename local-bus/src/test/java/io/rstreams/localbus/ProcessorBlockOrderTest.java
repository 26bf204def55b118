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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.rstreams.client.EventId;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.codec.Gzip;
import io.rstreams.client.Json;
import io.rstreams.localbus.junit.LocalBusExtension;
import io.rstreams.localbus.processor.InputRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden test of the order in which the processor numbers the blocks of a batch that
 * holds several queues. The expected eid ranges are what the bus's own processor
 * (LeoPlatform/bus {@code bots/kinesis_processor} {@code handler2} on leo-sdk 6.0.18)
 * gave for these same records, every time it was run: it numbers a queue's block when its
 * asynchronous gzip ends, not when the queue first or last appeared.
 */
@ExtendWith(LocalBusExtension.class)
class ProcessorBlockOrderTest {

	private static final String SHARD = "shardId-000000000000";

	/**
	 * A writer's events, {@code count} per queue in this order, as the Node SDK's toLeo
	 * puts them in records.
	 */
	private record Segment(String queue, int count) {
	}

	@Test
	void aQueueWithFewerEventsInTheBatchIsNumberedFirst(LocalBus bus) {
		process(bus, 10, new Segment("acc_out", 89), new Segment("acc_out_batch", 2));

		assertThat(blocks(bus, "acc_out", "acc_out_batch")).containsExactly("acc_out_batch 0-1", "acc_out 2-90");
	}

	@Test
	void interleavedQueuesCountTheirEventsNotTheirFirstAppearance(LocalBus bus) {
		process(bus, 10, new Segment("il_a", 1), new Segment("il_b", 2), new Segment("il_a", 5));

		assertThat(blocks(bus, "il_a", "il_b")).containsExactly("il_b 0-1", "il_a 2-7");
	}

	@Test
	void aQueueWhoseGzipCaughtUpDuringTheBatchIsNumberedFirst(LocalBus bus) {
		// 400 lines fill the first queue's gzip buffer twice: the parse waited for it, so
		// it was done early
		process(bus, 10, new Segment("bp_a", 400), new Segment("bp_b", 300), new Segment("bp_c", 5));

		assertThat(blocks(bus, "bp_a", "bp_b", "bp_c")).containsExactly("bp_a 0-399", "bp_c 400-404", "bp_b 405-704");
	}

	@Test
	void largeEventsKeepTheOrderTheQueuesAppearedIn(LocalBus bus) {
		// 1 KB payloads: every queue but the last had to drain, so fewer events alone do
		// not come first
		process(bus, 1000, new Segment("kb_a", 40), new Segment("kb_b", 30), new Segment("kb_c", 5));

		assertThat(blocks(bus, "kb_a", "kb_b", "kb_c")).containsExactly("kb_a 0-39", "kb_b 40-69", "kb_c 70-74");
	}

	@Test
	void aChunkClosedWithinTheBatchIsNumberedBeforeTheLastChunks(LocalBus bus) {
		// the first 167 lines of ch_a reach 200 KiB and close a chunk while the batch is
		// still being read
		process(bus, 1000, new Segment("ch_a", 200), new Segment("ch_b", 3), new Segment("ch_c", 20));

		assertThat(blocks(bus, "ch_a", "ch_b", "ch_c")).containsExactly("ch_a 0-166", "ch_b 167-169", "ch_a 170-202",
				"ch_c 203-222");
	}

	/**
	 * One batch of gzip records of at most 100 lines each, the SDK's chunk limit
	 * (protocol.md 5.1).
	 */
	private static void process(LocalBus bus, int textLength, Segment... segments) {
		List<String> lines = new ArrayList<>();
		int n = 0;
		for (Segment s : segments) {
			for (int i = 0; i < s.count(); i++, n++) {
				lines.add(line(s.queue(), n, textLength));
			}
		}
		long arrival = System.currentTimeMillis();
		List<InputRecord> records = new ArrayList<>();
		for (int from = 0; from < lines.size(); from += 100) {
			StringBuilder text = new StringBuilder();
			List<String> chunk = lines.subList(from, Math.min(lines.size(), from + 100));
			for (int eid = 0; eid < chunk.size(); eid++) {
				text.append(chunk.get(eid)).append(eid).append("}\n");
			}
			records.add(new InputRecord(Integer.toString(from), arrival,
					Gzip.compress(text.toString().getBytes(StandardCharsets.UTF_8))));
		}
		bus.processor().process(SHARD, records);
	}

	/**
	 * A line of an enrich bot's output without its closing {@code eid}, fields in the
	 * SDK's order.
	 */
	private static String line(String queue, int n, int textLength) {
		ObjectNode e = Json.mapper().createObjectNode();
		e.putObject("payload").put("n", n).put("text", "x".repeat(textLength));
		e.put("event_source_timestamp", 1_700_000_000_000L + n);
		e.putObject("correlation_id")
			.put("source", "acc_in")
			.put("start", "z/2023/11/14/22/13/1699999999999-" + EventId.pad7(n))
			.put("units", 1);
		e.put("id", "acc_bot");
		e.put("event", queue);
		e.put("timestamp", 1_795_393_683_770L);
		String json = Json.mapper().writeValueAsString(e);
		return json.substring(0, json.length() - 1) + ",\"eid\":";
	}

	/**
	 * Every stored block of these queues as {@code "queue first-last"} (the eid
	 * counters), in eid order.
	 */
	private static List<String> blocks(LocalBus bus, String... queues) {
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		for (String queue : queues) {
			items.addAll(
					AwsCalls
						.await(bus.dynamo()
							.query(b -> b.tableName(bus.config().leoStream())
								.keyConditionExpression("#e = :q")
								.expressionAttributeNames(Map.of("#e", "event"))
								.expressionAttributeValues(Map.of(":q", AttributeValue.fromS(queue)))),
								RoundTripTest.TIMEOUT, () -> "query")
						.items());
		}
		items.sort(Comparator.comparing(i -> i.get("start").s()));
		List<String> blocks = new ArrayList<>();
		for (Map<String, AttributeValue> i : items) {
			blocks.add(i.get("event").s() + " " + counter(i.get("start").s()) + "-" + counter(i.get("end").s()));
		}
		return blocks;
	}

	private static long counter(String eid) {
		return Long.parseLong(eid.substring(eid.lastIndexOf('-') + 1));
	}

}
