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
package io.rstreams.benchmarks.contenders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.rstreams.benchmarks.support.BenchArgs;
import io.rstreams.benchmarks.support.BusClients;
import io.rstreams.benchmarks.support.ResultLine;
import io.rstreams.client.BusConfig;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contender "bare AWS SDK loop": the least work that reads a queue, as the yardstick for
 * the binder's overhead. It uses no client code: the AWS SDK v2 clients, a LeoStream
 * Query {@code event = :q and end between :start and :max} ascending, page after page
 * (DynamoDB's own 1 MB pages), {@code max} being the queue's {@code max_eid} when the
 * read starts; each item's {@code gzip} attribute gunzipped, or, for a block stored in
 * S3, the object read with GetObject from its first member and gunzipped (protocol.md
 * 2.1, 6); each line parsed with Jackson's {@code readTree}. No eids are rebuilt, nothing
 * is checkpointed, events are not converted to objects.
 *
 * <p>
 * {@code --queue=Q --events=N}
 */
public final class BareLoopReadMain {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final DynamoDbAsyncClient dynamo;

	private final S3AsyncClient s3;

	private final BusConfig bus;

	private final long events;

	private long read;

	private long first;

	private long last;

	private long checksum;

	private long gzipBlocks;

	private long s3Blocks;

	private BareLoopReadMain(BusClients clients, long events) {
		this.dynamo = clients.dynamo();
		this.s3 = clients.s3();
		this.bus = clients.config();
		this.events = events;
	}

	public static void main(String[] args) {
		BenchArgs a = BenchArgs.parse(args);
		try (BusClients clients = BusClients.fromSystem()) {
			BareLoopReadMain loop = new BareLoopReadMain(clients, a.requireLong("events"));
			loop.read(a.require("queue"));
			// the checksum keeps the JIT from dropping the parsing
			ResultLine.steady(loop.read, loop.first, loop.last)
				.put("checksum", loop.checksum)
				.put("gzipBlocks", loop.gzipBlocks)
				.put("s3Blocks", loop.s3Blocks)
				.print();
		}
	}

	private void read(String queue) {
		Map<String, AttributeValue> leoEvent = dynamo
			.getItem(g -> g.tableName(bus.leoEvent()).key(Map.of("event", AttributeValue.fromS(queue))))
			.join()
			.item();
		String max = leoEvent.get("max_eid").s();
		Map<String, AttributeValue> startKey = null;
		do {
			Map<String, AttributeValue> from = startKey;
			QueryResponse page = dynamo
				.query(q -> q.tableName(bus.leoStream())
					.keyConditionExpression("#event = :event and #end between :start and :max")
					.expressionAttributeNames(Map.of("#event", "event", "#end", "end"))
					.expressionAttributeValues(Map.of(":event", AttributeValue.fromS(queue), ":start",
							AttributeValue.fromS("z/"), ":max", AttributeValue.fromS(max)))
					.scanIndexForward(true)
					.exclusiveStartKey(from))
				.join();
			for (Map<String, AttributeValue> item : page.items()) {
				if (read >= events) {
					return;
				}
				lines(gunzip(blockBytes(item)), Long.parseLong(item.get("records").n()));
			}
			startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
					: null;
		}
		while (startKey != null && read < events);
	}

	private byte[] blockBytes(Map<String, AttributeValue> item) {
		AttributeValue gzip = item.get("gzip");
		if (gzip != null) {
			gzipBlocks++;
			return gzip.b().asByteArrayUnsafe();
		}
		s3Blocks++;
		Map<String, AttributeValue> location = item.get("s3").m();
		List<AttributeValue> offsets = item.get("offsets").l();
		long from = Long.parseLong(offsets.get(0).m().get("gzipOffset").n());
		return s3
			.getObject(
					g -> g.bucket(location.get("bucket").s()).key(location.get("key").s()).range("bytes=" + from + "-"),
					AsyncResponseTransformer.toBytes())
			.join()
			.asByteArrayUnsafe();
	}

	/** Gunzips every member (S3 files are multi-member). */
	private static byte[] gunzip(byte[] gzip) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 64 * 1024)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Parses the block's lines (at most {@code records}: the block's own events). */
	private void lines(byte[] text, long records) {
		int start = 0;
		long parsed = 0;
		for (int i = 0; i <= text.length && read < events && parsed < records; i++) {
			if (i == text.length || text[i] == '\n') {
				if (i > start) {
					JsonNode line = MAPPER.readTree(text, start, i - start);
					if (read == 0) {
						first = System.nanoTime();
					}
					checksum += line.size();
					parsed++;
					read++;
					last = System.nanoTime();
				}
				start = i + 1;
			}
		}
	}

}
