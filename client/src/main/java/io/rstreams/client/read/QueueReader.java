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
package io.rstreams.client.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.EventId;
import io.rstreams.client.QueueRef;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import io.rstreams.client.aws.DynamoValues;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.bus.QueueInfo;
import io.rstreams.client.leocron.BotItems;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads RStreams queues as the Node SDK's {@code fromLeo} does (protocol.md section 6): a
 * bot's start from its LeoCron read checkpoint (or an explicit position), an upper bound
 * fixed from {@code LeoEvent.max_eid} when the read starts, then LeoStream blocks (gzip
 * or S3) decoded into events with full eids.
 *
 * <p>
 * Stateless and thread-safe: every read is an {@link EventStream} that the caller
 * iterates and closes.
 */
public final class QueueReader {

	private final DynamoDbAsyncClient dynamo;

	private final ObjectStore s3;

	private final BusConfig bus;

	private final ReaderSettings settings;

	public QueueReader(DynamoDbAsyncClient dynamo, ObjectStore s3, BusConfig bus, ReaderSettings settings) {
		this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
		this.s3 = s3;
		this.bus = Objects.requireNonNull(bus, "bus");
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	public ReaderSettings settings() {
		return settings;
	}

	/**
	 * The queue's LeoEvent item, or {@code null} if nothing was ever written to it. One
	 * GetItem.
	 */
	public QueueInfo queueInfo(String queue) {
		String queueId = QueueRef.parse(queue).queueId();
		GetItemRequest get = GetItemRequest.builder()
			.tableName(bus.leoEvent())
			.key(Map.of("event", AttributeValue.fromS(queueId)))
			.overrideConfiguration(AwsCalls.timeout(settings.callTimeout()))
			.build();
		Map<String, AttributeValue> item = AwsCalls
			.await(dynamo.getItem(get), settings.callTimeout(), AwsOperation.dynamo("GetItem", bus.leoEvent()),
					() -> "GetItem LeoEvent table '" + bus.leoEvent() + "' for queue '" + queueId + "'")
			.item();
		return item == null || item.isEmpty() ? null : QueueInfo.fromItem(item);
	}

	/**
	 * Resolves where {@code botId} starts reading {@code queue}: one BatchGetItem of the
	 * bot's LeoCron item and the queue's LeoEvent item, as the SDK does.
	 */
	public ReadStart resolveStart(String botId, String queue, StartPosition start) {
		String queueId = QueueRef.parse(queue).queueId();
		String storedBotId = BotItems.storageBotId(botId);
		Map<String, KeysAndAttributes> keys = Map.of(bus.leoCron(),
				KeysAndAttributes.builder()
					.keys(List.of(Map.of("id", AttributeValue.fromS(storedBotId))))
					.consistentRead(true)
					.build(),
				bus.leoEvent(),
				KeysAndAttributes.builder().keys(List.of(Map.of("event", AttributeValue.fromS(queueId)))).build());
		BatchGetItemResponse response = AwsCalls.await(
				dynamo.batchGetItem(
						b -> b.requestItems(keys).overrideConfiguration(AwsCalls.timeout(settings.callTimeout()))),
				settings.callTimeout(), AwsOperation.dynamo("BatchGetItem", bus.leoCron()),
				() -> "BatchGetItem LeoCron '" + bus.leoCron() + "' (bot '" + botId + "') and LeoEvent '"
						+ bus.leoEvent() + "' (queue '" + queueId + "')");
		Map<String, AttributeValue> bot = first(response, bus.leoCron());
		Map<String, AttributeValue> event = first(response, bus.leoEvent());
		String checkpoint = BotItems.readCheckpoint(bot, QueueRef.parse(queue).refId());
		QueueInfo info = event == null ? null : QueueInfo.fromItem(event);
		ReadPosition after = start.lowerBound(checkpoint, settings.clock());
		String maxEid = info != null && info.maxEid() != null ? info.maxEid()
				: EventId.of(settings.clock().millis(), 0).value();
		return new ReadStart(botId, queueId, after, checkpoint, bot != null, info, maxEid);
	}

	private static Map<String, AttributeValue> first(BatchGetItemResponse response, String table) {
		List<Map<String, AttributeValue>> items = response.responses().get(table);
		return items == null || items.isEmpty() ? null : items.get(0);
	}

	/**
	 * Counts the events stored after {@code after} up to {@code maxEid} from the blocks'
	 * {@code records} (a Query that fetches only {@code start}, {@code end} and
	 * {@code records}), for lag figures. At most {@code maxPages} pages of 1,000 blocks
	 * are read; the count is then a lower bound.
	 */
	public EventCount countEvents(String queue, ReadPosition after, String maxEid, int maxPages) {
		String queueId = QueueRef.parse(queue).queueId();
		ReadPosition start = after;
		long events = 0;
		for (int page = 0; page < maxPages; page++) {
			if (maxEid == null || !start.isBefore(maxEid)) {
				return new EventCount(events, true);
			}
			ReadPosition from = start;
			var response = AwsCalls.await(dynamo.query(q -> q.tableName(bus.leoStream())
				.keyConditionExpression("#event = :event and #key between :start and :maxkey")
				.projectionExpression("#s, #key, #r")
				.expressionAttributeNames(Map.of("#event", "event", "#key", "end", "#s", "start", "#r", "records"))
				.expressionAttributeValues(Map.of(":event", AttributeValue.fromS(queueId), ":start",
						AttributeValue.fromS(from.queryKey()), ":maxkey", AttributeValue.fromS(maxEid)))
				.limit(1000)
				.overrideConfiguration(AwsCalls.timeout(settings.callTimeout()))), settings.callTimeout(),
					AwsOperation.dynamo("Query", bus.leoStream()),
					() -> "Counting events of queue '" + queueId + "' in LeoStream '" + bus.leoStream() + "'");
			List<Map<String, AttributeValue>> items = response.items();
			if (items.isEmpty()) {
				return new EventCount(events, true);
			}
			for (Map<String, AttributeValue> item : items) {
				long records = DynamoValues.number(item, "records") == null ? 0 : DynamoValues.number(item, "records");
				events += records - alreadyRead(DynamoValues.string(item, "start"), from);
			}
			start = ReadPosition.after(DynamoValues.string(items.get(items.size() - 1), "end"));
		}
		return new EventCount(events, false);
	}

	/**
	 * Events of a block at or before the bound (the bound is inside the block when they
	 * share a base).
	 */
	private static long alreadyRead(String blockStart, ReadPosition bound) {
		if (blockStart == null || bound.isBefore(blockStart)) {
			return 0;
		}
		try {
			EventId first = new EventId(blockStart);
			EventId upTo = new EventId(bound.value());
			if (first.isFull() && upTo.isFull() && first.base().equals(upTo.base())) {
				return Math.max(0, upTo.sequence() - first.sequence() + 1);
			}
		}
		catch (IllegalArgumentException ignored) {
			// a partial bound: the block is after it
		}
		return 0;
	}

	/** A number of events, and whether it is exact (false: at least that many). */
	public record EventCount(long events, boolean exact) {
	}

	/** Starts a bounded read. The caller iterates and closes the stream. */
	public EventStream read(ReadRequest request) {
		return new EventStream(dynamo, s3, bus, request, settings);
	}

	/**
	 * Resolves the bot's start and reads from there up to the queue's current
	 * {@code max_eid}.
	 */
	public EventStream read(String botId, String queue, StartPosition start) {
		ReadStart resolved = resolveStart(botId, queue, start);
		return read(resolved.toRequest());
	}

}
