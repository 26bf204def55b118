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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.rstreams.client.Json;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.bot.BotDefinition;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.Gzip;
import io.rstreams.client.codec.MultiMemberGzipInputStream;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import io.rstreams.client.testing.Fixtures;
import io.rstreams.localbus.junit.LocalBusExtension;
import io.rstreams.localbus.processor.BatchResult;
import io.rstreams.localbus.processor.InputRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden test of the local bus processor: given the Kinesis records the Node SDK sent, it
 * stores items of the same shape as the bus's own processor did (fixtures), which the
 * reader turns into the events the Node SDK read.
 */
@ExtendWith(LocalBusExtension.class)
class ProcessorGoldenTest {

	private static final String SHARD = "shardId-000000000000";

	static Map<String, String> shape(Map<String, AttributeValue> item) {
		Map<String, String> shape = new TreeMap<>();
		item.forEach((k, v) -> shape.put(k, v.type().name()));
		return shape;
	}

	static Map<String, AttributeValue> onlyItem(LocalBus bus, String queue) {
		List<Map<String, AttributeValue>> items = AwsCalls
			.await(bus.dynamo()
				.query(b -> b.tableName(bus.config().leoStream())
					.keyConditionExpression("#e = :q")
					.expressionAttributeNames(Map.of("#e", "event"))
					.expressionAttributeValues(Map.of(":q", AttributeValue.fromS(queue)))), RoundTripTest.TIMEOUT,
					() -> "query")
			.items();
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	static List<JsonNode> read(LocalBus bus, String queue) {
		List<JsonNode> events = new ArrayList<>();
		try (EventStream stream = bus.reader().read("golden_reader", queue, StartPosition.BEGINNING)) {
			while (stream.hasNext()) {
				ReadEntry e = stream.next();
				assertThat(e).isInstanceOf(ReadEntry.Ok.class);
				events.add(Json.mapper()
					.readTree(Json.mapper().writeValueAsString(EventCodec.toReadNode(((ReadEntry.Ok) e).event()))));
			}
		}
		return events;
	}

	static List<JsonNode> withoutEid(List<JsonNode> events) {
		List<JsonNode> out = new ArrayList<>();
		for (JsonNode e : events) {
			ObjectNode copy = (ObjectNode) e.deepCopy();
			copy.remove("eid");
			out.add(copy);
		}
		return out;
	}

	static byte[] record(int index) {
		return Base64.getDecoder()
			.decode(Fixtures.json("kinesis-records-from-leo-sdk.json").get(index).get("dataBase64").asString());
	}

	static List<String> lines(byte[] gzip) throws Exception {
		try (MultiMemberGzipInputStream in = new MultiMemberGzipInputStream(new ByteArrayInputStream(gzip))) {
			return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
		}
	}

	@Test
	void storesTheSdksGzipRecordAsTheBusDid(LocalBus bus) throws Exception {
		bus.botRegistry()
			.createBot("fx_writer", new BotDefinition("fx_writer", "fixture writer", null, null, "queue:fx_small",
					List.of(), null, null, null, Map.of(), false));
		long arrival = System.currentTimeMillis();
		BatchResult result = bus.processor().process(SHARD, List.of(new InputRecord("1", arrival, record(0))));

		Map<String, AttributeValue> fixture = Fixtures.items("leostream-fx_small.json").get(0);
		Map<String, AttributeValue> item = onlyItem(bus, "fx_small");
		assertThat(shape(item)).isEqualTo(shape(fixture));
		assertThat(item.get("records").n()).isEqualTo("5");
		assertThat(item.get("v").n()).isEqualTo("2");
		String base = "z/" + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd/HH/mm")
			.withZone(java.time.ZoneOffset.UTC)
			.format(java.time.Instant.ofEpochMilli(result.batchMillis())) + "/" + result.batchMillis();
		assertThat(item.get("start").s()).isEqualTo(base + "-0000000");
		assertThat(item.get("end").s()).isEqualTo(base + "-0000004");
		assertThat(Long.parseLong(item.get("ttl").n())).isEqualTo((result.batchMillis() + 604_800_000L) / 1000);

		// the stored lines are the bus's, line for line
		List<String> ours = lines(item.get("gzip").b().asByteArray());
		JsonNode decoded = Fixtures.json("leostream-fx_small.json").get("decoded").get(0).get("lines");
		assertThat(ours).hasSize(decoded.size());
		for (int i = 0; i < ours.size(); i++) {
			assertThat(Json.mapper().readTree(ours.get(i)))
				.isEqualTo(Json.mapper().readTree(decoded.get(i).asString()));
		}

		assertThat(withoutEid(read(bus, "fx_small")))
			.isEqualTo(withoutEid(Fixtures.ndjson("expected-read-fx_small.ndjson")));
		assertThat(bus.reader().queueInfo("fx_small").maxEid()).isEqualTo(base + "-0000004");

		// the producer's write checkpoint, as the bus writes it
		Map<String, AttributeValue> bot = bus.checkpointer().getBot("fx_writer");
		Map<String, AttributeValue> write = bot.get("checkpoints").m().get("write").m().get("queue:fx_small").m();
		Map<String, AttributeValue> fixtureWrite = Fixtures.items("leocron-items.json")
			.stream()
			.filter(i -> i.get("id").s().equals("fx_writer"))
			.findFirst()
			.orElseThrow()
			.get("checkpoints")
			.m()
			.get("write")
			.m()
			.get("queue:fx_small")
			.m();
		assertThat(shape(write)).isEqualTo(shape(fixtureWrite));
		assertThat(write.get("records").n()).isEqualTo("5");
		assertThat(write.get("ended_timestamp").n()).isEqualTo(Long.toString(result.batchMillis()));
	}

	@Test
	void passesTheSdksS3PointerThrough(LocalBus bus) throws Exception {
		Map<String, AttributeValue> fixture = Fixtures.items("leostream-fx_s3.json").get(0);
		String bucket = fixture.get("s3").m().get("bucket").s();
		String key = fixture.get("s3").m().get("key").s();
		AwsCalls.await(bus.s3().createBucket(b -> b.bucket(bucket)), RoundTripTest.TIMEOUT, () -> "bucket");
		AwsCalls.await(
				bus.s3()
					.putObject(b -> b.bucket(bucket).key(key),
							AsyncRequestBody.fromBytes(Fixtures.s3Objects("leostream-fx_s3.json").get(key))),
				RoundTripTest.TIMEOUT, () -> "put");

		bus.processor().process(SHARD, List.of(new InputRecord("2", System.currentTimeMillis(), record(1))));

		Map<String, AttributeValue> item = onlyItem(bus, "fx_s3");
		assertThat(shape(item)).isEqualTo(shape(fixture));
		assertThat(item.get("offsets")).isEqualTo(fixture.get("offsets"));
		assertThat(item.get("s3")).isEqualTo(fixture.get("s3"));
		assertThat(item.get("timestamp")).isEqualTo(fixture.get("timestamp"));
		assertThat(withoutEid(read(bus, "fx_s3"))).isEqualTo(withoutEid(Fixtures.ndjson("expected-read-fx_s3.ndjson")));
	}

	@Test
	void aBacklogOfMoreThanOneHundredRecordsBecomesOneS3Block(LocalBus bus) throws Exception {
		List<InputRecord> records = new ArrayList<>();
		long arrival = System.currentTimeMillis();
		for (int r = 0; r < 120; r++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 100; i++) {
				int n = r * 100 + i;
				text.append("{\"payload\":{\"n\":")
					.append(n)
					.append("},\"event_source_timestamp\":")
					.append(1_700_000_000_000L + n)
					.append(",\"id\":\"fx_writer\",\"event\":\"fx_big\",\"timestamp\":")
					.append(arrival)
					.append(",\"eid\":")
					.append(i)
					.append("}\n");
			}
			records.add(new InputRecord(Integer.toString(100 + r), arrival,
					Gzip.compress(text.toString().getBytes(StandardCharsets.UTF_8))));
		}
		bus.processor().process(SHARD, records);

		Map<String, AttributeValue> item = onlyItem(bus, "fx_big");
		assertThat(shape(item)).isEqualTo(shape(Fixtures.items("leostream-fx_big.json").get(0)));
		assertThat(item.get("records").n()).isEqualTo("12000");
		assertThat(item.get("s3").m().get("key").s()).startsWith("bus/fx_big/z/");
		List<JsonNode> events = read(bus, "fx_big");
		assertThat(events).hasSize(12_000);
		assertThat(events.get(11_999).get("payload").get("n").asInt()).isEqualTo(11_999);
		assertThat(events.get(11_999).get("eid").asString()).isEqualTo(item.get("end").s());
	}

}
