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
import java.util.List;
import java.util.Map;

import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.codec.Gzip;
import io.rstreams.localbus.junit.LocalBusExtension;
import io.rstreams.localbus.processor.BusProcessor;
import io.rstreams.localbus.processor.InputRecord;
import io.rstreams.localbus.processor.ProcessorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor's own S3 files are named as the bus names them: the counter in the key
 * restarts at {@code -0000001} for each queue of each batch, because the bus builds a new
 * leoS3 stream per queue per invocation.
 */
@ExtendWith(LocalBusExtension.class)
class ProcessorS3KeysTest {

	private static final String SHARD = "shardId-000000000000";

	@Test
	void everyQueueOfEveryBatchCountsItsFilesFromOne(LocalBus bus) {
		BusProcessor processor = new BusProcessor(bus.dynamo(), bus.objectStore(), bus.config(),
				ProcessorSettings.defaults().withS3Mode(ProcessorSettings.S3Mode.ALWAYS));
		long arrival = System.currentTimeMillis();
		processor.process(SHARD, List.of(record("1", arrival, "keys_a", "keys_b")));
		processor.process(SHARD, List.of(record("2", arrival + 1, "keys_a", "keys_b")));

		assertThat(counters(bus, "keys_a")).containsExactly("0000001", "0000001");
		assertThat(counters(bus, "keys_b")).containsExactly("0000001", "0000001");
	}

	/** A gzip record with two events for each queue, interleaved. */
	private static InputRecord record(String sequence, long arrival, String... queues) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 2; i++) {
			for (String queue : queues) {
				text.append("{\"id\":\"keys_bot\",\"event\":\"")
					.append(queue)
					.append("\",\"payload\":{\"n\":")
					.append(i)
					.append("},\"event_source_timestamp\":")
					.append(arrival)
					.append(",\"timestamp\":")
					.append(arrival)
					.append("}\n");
			}
		}
		return new InputRecord(sequence, arrival, Gzip.compress(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** The file counter of each S3 block of the queue, in eid order. */
	private static List<String> counters(LocalBus bus, String queue) {
		List<Map<String, AttributeValue>> items = AwsCalls
			.await(bus.dynamo()
				.query(b -> b.tableName(bus.config().leoStream())
					.keyConditionExpression("#e = :q")
					.expressionAttributeNames(Map.of("#e", "event"))
					.expressionAttributeValues(Map.of(":q", AttributeValue.fromS(queue)))), RoundTripTest.TIMEOUT,
					() -> "query")
			.items();
		List<String> counters = new ArrayList<>();
		for (Map<String, AttributeValue> item : items) {
			String key = item.get("s3").m().get("key").s();
			assertThat(key).startsWith("bus/" + queue + "/z/");
			// bus/<queue>/z/YYYY/MM/DD/HH/mm/<ms>-<counter>-<uuid>.gz
			counters.add(key.substring(key.lastIndexOf('/') + 1).split("-")[1]);
		}
		return counters;
	}

}
