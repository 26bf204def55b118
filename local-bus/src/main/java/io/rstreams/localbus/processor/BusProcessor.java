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
package io.rstreams.localbus.processor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.BusConfig;
import io.rstreams.client.EventId;
import io.rstreams.client.Json;
import io.rstreams.client.QueueRef;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.DynamoValues;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.bus.StreamBlock;
import io.rstreams.client.codec.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Java version of the bus's Kinesis processor, {@code LeoKinesisStreamProcessor}
 * (protocol.md 5.4): the only place that assigns eids. For each batch of one shard:
 * <ol>
 * <li>batch time from the per-shard clock in LeoSettings;</li>
 * <li>records decoded (gzip / zlib / JSON), objects filtered and normalised (queue id,
 * default timestamps);</li>
 * <li>per queue, gzip blocks (or S3 files), producers' S3 pointers passed through;</li>
 * <li>eids {@code z/YYYY/MM/DD/HH/mm/<batchMs>-<counter>} with one counter shared by all
 * queues of the batch, given in the order the bus's queue streams finish
 * ({@link FinishOrder});</li>
 * <li>LeoStream items (BatchWriteItem, 25 at a time), then {@code LeoEvent.max_eid}, then
 * the producers' write checkpoints in LeoCron.</li>
 * </ol>
 * Batches of one processor are processed one at a time, like the bus's one Lambda per
 * shard.
 */
public final class BusProcessor {

	private static final Logger log = LoggerFactory.getLogger(BusProcessor.class);

	private final DynamoDbAsyncClient dynamo;

	private final ObjectStore s3;

	private final BusConfig bus;

	private final ProcessorSettings settings;

	private final ShardClock clock;

	public BusProcessor(DynamoDbAsyncClient dynamo, ObjectStore s3, BusConfig bus, ProcessorSettings settings) {
		this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
		this.s3 = s3;
		this.bus = Objects.requireNonNull(bus, "bus");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.clock = new ShardClock(dynamo, bus, settings.callTimeout());
	}

	/**
	 * Processes one batch of records of {@code shardId}; throws if the batch could not be
	 * stored (retry it).
	 */
	public synchronized BatchResult process(String shardId, List<InputRecord> records) {
		if (records.isEmpty()) {
			return new BatchResult(0, 0, 0, Map.of());
		}
		InputRecord first = records.get(0);
		long batchMs = clock.batchTime(shardId, first.approximateArrivalMillis(), first.sequenceNumber());
		long now = settings.clock().millis();
		String eventId = EventId.minutePrefix(batchMs) + batchMs;
		long ttl = Math.floorDiv(batchMs + settings.ttlSeconds() * 1000, 1000);
		boolean s3Mode = switch (settings.s3Mode()) {
			case ALWAYS -> true;
			case NEVER -> false;
			case AUTO -> now - batchMs > 3000 || records.size() > 100;
		};
		if (s3Mode && (s3 == null || bus.leoS3() == null)) {
			throw new IllegalStateException(
					"The batch needs S3 (" + records.size() + " records) but the local bus has no S3");
		}

		RecordDecoder decoder = new RecordDecoder();
		List<ObjectNode> objects = new ArrayList<>();
		for (InputRecord r : records) {
			decoder.decode(r.data(), objects);
		}
		FinishOrder<PendingBlock> order = new FinishOrder<>();
		Map<String, QueueBlocks> queues = new LinkedHashMap<>();
		Map<String, ObjectNode> snapshots = new LinkedHashMap<>();
		long dropped = decoder.dropped();
		long events = 0;
		for (ObjectNode o : objects) {
			if (o.has("_cmd")) {
				registerSnapshot(o, snapshots);
				dropped++;
				continue;
			}
			String event = text(o.get(EventCodec.EVENT));
			boolean pointer = o.has("s3") && o.get("s3").isObject();
			if (event == null
					|| ((text(o.get(EventCodec.ID)) == null || !truthy(o.get(EventCodec.PAYLOAD))) && !pointer)) {
				dropped++;
				continue;
			}
			String queue;
			String forced = null;
			String archiveStart = null;
			String archiveEnd = null;
			if (truthy(o.get("archive"))) {
				queue = QueueRef.parse(event + "/_archive").queueId();
				archiveStart = text(o.get("start"));
				archiveEnd = text(o.get("end"));
			}
			else if (truthy(o.get("snapshot"))) {
				queue = QueueRef.parse(event + "/_snapshot").queueId();
				forced = EventId.minutePrefix(millis(o.get("snapshot"), now)) + batchMs;
			}
			else {
				queue = QueueRef.parse(event).queueId();
			}
			o.put(EventCodec.EVENT, queue);
			if (!truthy(o.get(EventCodec.TIMESTAMP))) {
				o.put(EventCodec.TIMESTAMP, now);
			}
			if (!truthy(o.get(EventCodec.EVENT_SOURCE_TIMESTAMP))) {
				o.set(EventCodec.EVENT_SOURCE_TIMESTAMP, o.get(EventCodec.TIMESTAMP));
			}
			JsonNode est = o.get(EventCodec.EVENT_SOURCE_TIMESTAMP);
			if (!est.isNumber()) {
				o.put(EventCodec.EVENT_SOURCE_TIMESTAMP, millis(est, now));
			}
			String key = queue + (forced == null ? "" : "|" + forced);
			String forcedId = forced;
			QueueBlocks blocks = queues.computeIfAbsent(key,
					k -> new QueueBlocks(k, queue, s3Mode, bus.leoS3(), s3, now, order, forcedId));
			if (pointer) {
				blocks.addPointer(o, archiveStart, archiveEnd);
			}
			else {
				blocks.add(o);
			}
			events++;
		}
		order.endInput();
		queues.values().forEach(QueueBlocks::flush);
		List<PendingBlock> closed = order.finish();
		CompletableFuture.allOf(closed.stream().map(b -> b.upload).toArray(CompletableFuture[]::new))
			.orTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.join();

		Map<String, String> maxEids = new LinkedHashMap<>();
		Map<String, Map<String, long[]>> stats = new LinkedHashMap<>();
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		long recordCount = 0;
		for (PendingBlock b : closed) {
			if (b.records == 0) {
				continue;
			}
			String start;
			String end;
			if (b.archiveEnd != null) {
				start = b.archiveStart;
				end = b.archiveEnd;
			}
			else {
				String base = b.forcedEventId != null ? b.forcedEventId : eventId;
				start = base + "-" + EventId.pad7(recordCount);
				end = base + "-" + EventId.pad7(recordCount + b.localEnd);
			}
			recordCount += b.records;
			maxEids.put(b.queue, end);
			b.stats.forEach((bot, s) -> PendingBlock.merge(stats.computeIfAbsent(bot, k -> new LinkedHashMap<>()),
					Map.of(b.queue, s)));
			items.add(toItem(b, start, end, b.archiveEnd != null ? null : ttl));
		}
		writeBlocks(items);
		updateQueues(maxEids, snapshots);
		writeCheckpoints(stats, eventId, batchMs);
		return new BatchResult(batchMs, events, dropped, maxEids);
	}

	private Map<String, AttributeValue> toItem(PendingBlock b, String start, String end, Long ttl) {
		if (b.pointer == null) {
			return new StreamBlock(b.queue, start, end, b.records, b.gzip, b.gzipSize, b.size, ttl, 2, null, null, null,
					null, false, null)
				.toItem();
		}
		ObjectNode p = b.pointer.deepCopy();
		p.put("start", start);
		p.put("end", end);
		if (ttl != null) {
			p.put("ttl", ttl);
		}
		p.put("v", 2);
		p.put("records", b.records);
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> f : p.properties()) {
			if (!f.getValue().isNull()) {
				item.put(f.getKey(), DynamoValues.fromJson(f.getValue()));
			}
		}
		return item;
	}

	private void writeBlocks(List<Map<String, AttributeValue>> items) {
		for (int i = 0; i < items.size(); i += 25) {
			List<WriteRequest> batch = new ArrayList<>();
			for (Map<String, AttributeValue> item : items.subList(i, Math.min(items.size(), i + 25))) {
				batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
			}
			Map<String, List<WriteRequest>> request = Map.of(bus.leoStream(), batch);
			for (int attempt = 1; !request.isEmpty(); attempt++) {
				Map<String, List<WriteRequest>> current = request;
				BatchWriteItemResponse response = AwsCalls.await(dynamo.batchWriteItem(
						b -> b.requestItems(current).overrideConfiguration(AwsCalls.timeout(settings.callTimeout()))),
						settings.callTimeout(), () -> "BatchWriteItem LeoStream '" + bus.leoStream() + "'");
				request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
				if (!request.isEmpty()) {
					if (attempt >= 10) {
						throw new IllegalStateException("LeoStream kept refusing " + request.size() + " item(s)");
					}
					sleep(Math.min(1000, 100L * attempt));
				}
			}
		}
	}

	private void updateQueues(Map<String, String> maxEids, Map<String, ObjectNode> snapshots) {
		long now = settings.clock().millis();
		List<CompletableFuture<?>> updates = new ArrayList<>();
		maxEids.forEach((queue, max) -> {
			updates.add(dynamo.updateItem(queueUpdate(queue,
					Map.of("max_eid", DynamoValues.s(max), "timestamp", DynamoValues.n(now), "v", DynamoValues.n(2)))));
			if (queue.endsWith("/_archive")) {
				String base = queue.substring(0, queue.length() - "/_archive".length());
				updates.add(dynamo.updateItem(
						queueUpdate(base, Map.of("archive", DynamoValues.m(Map.of("end", DynamoValues.s(max)))))));
			}
		});
		snapshots.forEach((queue, snapshot) -> updates
			.add(dynamo.updateItem(queueUpdate(queue, Map.of("snapshot", DynamoValues.fromJson(snapshot))))));
		AwsCalls.await(CompletableFuture.allOf(updates.toArray(CompletableFuture[]::new)), settings.callTimeout(),
				() -> "UpdateItem LeoEvent '" + bus.leoEvent() + "' max_eid");
	}

	private UpdateItemRequest queueUpdate(String queue, Map<String, AttributeValue> fields) {
		List<String> sets = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		new TreeMap<>(fields).forEach((field, value) -> {
			sets.add("#" + field + " = :" + field);
			names.put("#" + field, field);
			values.put(":" + field, value);
		});
		return UpdateItemRequest.builder()
			.tableName(bus.leoEvent())
			.key(Map.of("event", AttributeValue.fromS(queue)))
			.updateExpression("set " + String.join(", ", sets))
			.expressionAttributeNames(names)
			.expressionAttributeValues(values)
			.overrideConfiguration(AwsCalls.timeout(settings.callTimeout()))
			.build();
	}

	/**
	 * The producers' write checkpoints (protocol.md 5.4 step 8): no condition, errors
	 * logged and skipped.
	 */
	private void writeCheckpoints(Map<String, Map<String, long[]>> stats, String eventId, long batchMs) {
		List<CompletableFuture<?>> updates = new ArrayList<>();
		stats.forEach((bot, queues) -> {
			List<Map.Entry<String, long[]>> entries = new ArrayList<>(queues.entrySet());
			for (int from = 0; from < entries.size(); from += 50) {
				List<String> sets = new ArrayList<>();
				Map<String, String> names = new LinkedHashMap<>();
				names.put("#checkpoints", "checkpoints");
				names.put("#type", "write");
				Map<String, AttributeValue> values = new LinkedHashMap<>();
				int index = 0;
				for (Map.Entry<String, long[]> e : entries.subList(from, Math.min(entries.size(), from + 50))) {
					index++;
					long[] s = e.getValue();
					sets.add("#checkpoints.#type.#event" + index + " = :value" + index);
					names.put("#event" + index, QueueRef.parse(e.getKey()).refId());
					values.put(":value" + index,
							DynamoValues.m(Map.of("checkpoint", DynamoValues.s(eventId + "-" + EventId.pad7(s[3])),
									"source_timestamp", DynamoValues.n(s[0]), "started_timestamp", DynamoValues.n(s[1]),
									"ended_timestamp", DynamoValues.n(batchMs), "records", DynamoValues.n(s[2]))));
				}
				UpdateItemRequest request = UpdateItemRequest.builder()
					.tableName(bus.leoCron())
					.key(Map.of("id", AttributeValue.fromS(bot)))
					.updateExpression("set " + String.join(", ", sets))
					.expressionAttributeNames(names)
					.expressionAttributeValues(values)
					.overrideConfiguration(AwsCalls.timeout(settings.callTimeout()))
					.build();
				updates.add(dynamo.updateItem(request).exceptionally(failure -> {
					log.debug("Write checkpoint of bot '{}' skipped (the bus skips it too): {}", bot,
							AwsCalls.unwrap(failure).getMessage());
					return null;
				}));
			}
		});
		try {
			CompletableFuture.allOf(updates.toArray(CompletableFuture[]::new))
				.get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			log.warn("Write checkpoints not confirmed: {}", ex.getMessage());
		}
	}

	private void registerSnapshot(ObjectNode cmd, Map<String, ObjectNode> snapshots) {
		if (!"registerSnapshot".equals(text(cmd.get("_cmd")))) {
			return;
		}
		String event = text(cmd.get(EventCodec.EVENT));
		if (event == null) {
			return;
		}
		long now = settings.clock().millis();
		ObjectNode snapshot = Json.mapper().createObjectNode();
		snapshot.put("start", "_snapshot/" + EventId.minutePrefix(millis(cmd.get("start"), now)));
		snapshot.put("next", EventId.minutePrefix(millis(cmd.get("next"), now)));
		snapshots.put(QueueRef.parse(event).queueId(), snapshot);
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() || !node.isString() || node.asString().isEmpty() ? null : node.asString();
	}

	/** JavaScript truthiness, which is what the bus's {@code !event.payload} tests. */
	static boolean truthy(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return false;
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNumber()) {
			return node.doubleValue() != 0;
		}
		if (node.isString()) {
			return !node.asString().isEmpty();
		}
		return true;
	}

	/**
	 * {@code moment(x).valueOf()} for the values producers send: numbers, numeric
	 * strings, ISO dates.
	 */
	private static long millis(JsonNode node, long fallback) {
		if (node == null || node.isNull()) {
			return fallback;
		}
		if (node.isNumber()) {
			return node.asLong();
		}
		String s = node.asString().trim();
		try {
			return Long.parseLong(s);
		}
		catch (NumberFormatException notNumber) {
			try {
				return Instant.parse(s).toEpochMilli();
			}
			catch (DateTimeParseException notInstant) {
				try {
					return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
				}
				catch (DateTimeParseException notDate) {
					return fallback;
				}
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying LeoStream writes", ex);
		}
	}

}
