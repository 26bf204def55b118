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
package io.rstreams.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.QueueRef;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import io.rstreams.client.aws.DynamoValues;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import tools.jackson.databind.JsonNode;

/**
 * The console's only reads of the bus tables that the client's {@code QueueReader} does
 * not make: a Scan of LeoCron (every bot) and of LeoEvent (every queue), a GetItem of one
 * bot, and the newest LeoStream blocks of a queue without their bodies. Only Scan, Query
 * and GetItem: the console needs no write permission on the bus (docs/iam).
 */
final class BusTables {

	/** A bus with more items than this is shown in part (the view says so). */
	static final int MAX_SCAN_PAGES = 20;

	private final DynamoDbAsyncClient dynamo;

	private final BusConfig bus;

	/** How long a Scan's result is reused (see {@link ScanCache}). */
	static final Duration SCAN_REUSE = Duration.ofMillis(900);

	private final Duration timeout;

	private final ScanCache bots = new ScanCache(SCAN_REUSE);

	private final ScanCache queues = new ScanCache(SCAN_REUSE);

	BusTables(DynamoDbAsyncClient dynamo, BusConfig bus, Duration timeout) {
		this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
		this.bus = Objects.requireNonNull(bus, "bus");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
	}

	/** Every LeoCron item, as JSON (protocol.md 8.1). */
	List<JsonNode> bots() {
		return bots.get(() -> scan(bus.leoCron()));
	}

	/** Every LeoEvent item, as JSON (protocol.md 2.1). */
	List<JsonNode> queues() {
		return queues.get(() -> scan(bus.leoEvent()));
	}

	/** One LeoCron item, or {@code null}. */
	JsonNode bot(String botId) {
		Map<String, AttributeValue> item = AwsCalls.await(
				dynamo.getItem(g -> g.tableName(bus.leoCron())
					.key(Map.of("id", AttributeValue.fromS(botId)))
					.overrideConfiguration(AwsCalls.timeout(timeout))),
				timeout, AwsOperation.dynamo("GetItem", bus.leoCron()),
				() -> "GetItem LeoCron '" + bus.leoCron() + "' for bot '" + botId + "'")
			.item();
		return item == null || item.isEmpty() ? null : DynamoValues.toJson(item);
	}

	/**
	 * The newest {@code limit} blocks of a queue, newest first, with only {@code start},
	 * {@code end} and {@code records}: what "events per block over time" is drawn from.
	 */
	List<Block> newestBlocks(String queue, int limit) {
		String queueId = QueueRef.parse(queue).queueId();
		QueryResponse response = AwsCalls.await(
				dynamo.query(q -> q.tableName(bus.leoStream())
					.keyConditionExpression("#event = :event")
					.projectionExpression("#s, #key, #r")
					.expressionAttributeNames(Map.of("#event", "event", "#key", "end", "#s", "start", "#r", "records"))
					.expressionAttributeValues(Map.of(":event", AttributeValue.fromS(queueId)))
					.scanIndexForward(false)
					.limit(limit)
					.overrideConfiguration(AwsCalls.timeout(timeout))),
				timeout, AwsOperation.dynamo("Query", bus.leoStream()),
				() -> "Query LeoStream '" + bus.leoStream() + "' for the blocks of queue '" + queueId + "'");
		List<Block> blocks = new ArrayList<>();
		for (Map<String, AttributeValue> item : response.items()) {
			Long records = DynamoValues.number(item, "records");
			blocks.add(new Block(DynamoValues.string(item, "start"), DynamoValues.string(item, "end"),
					records == null ? 0 : records));
		}
		return blocks;
	}

	private List<JsonNode> scan(String table) {
		List<JsonNode> items = new ArrayList<>();
		Map<String, AttributeValue> startKey = null;
		for (int page = 0; page < MAX_SCAN_PAGES; page++) {
			Map<String, AttributeValue> from = startKey;
			ScanResponse response = AwsCalls.await(dynamo.scan(s -> {
				s.tableName(table).overrideConfiguration(AwsCalls.timeout(timeout));
				if (from != null) {
					s.exclusiveStartKey(from);
				}
			}), timeout, AwsOperation.dynamo("Scan", table), () -> "Scan '" + table + "'");
			response.items().forEach(item -> items.add(DynamoValues.toJson(item)));
			if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
				break;
			}
			startKey = response.lastEvaluatedKey();
		}
		return items;
	}

	/** A LeoStream block's range and size. */
	record Block(String start, String end, long records) {
	}

}
