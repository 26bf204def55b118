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
package io.rstreams.client.checkpoint;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.QueueRef;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import io.rstreams.client.aws.DynamoValues;
import io.rstreams.client.leocron.BotItems;
import io.rstreams.client.leocron.BotLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Moves a bot's read checkpoint in LeoCron with the Node SDK's exact request (protocol.md
 * 7.1):
 *
 * <pre>
 * Key {id: botId without a trailing "_reader"}
 * UpdateExpression    set #checkpoints.#type.#event = :value
 * names               #checkpoints=checkpoints, #type=read, #event=queue:&lt;q&gt;, #checkpoint=checkpoint
 * ConditionExpression #checkpoints.#type.#event.#checkpoint = :expected
 *                     (or attribute_not_exists(#checkpoints.#type.#event.#checkpoint) when none is expected)
 * </pre>
 *
 * A failed condition is a {@link StaleCheckpointException}. When the bot has no LeoCron
 * item (DynamoDB answers that the document path is invalid), the SDK's default bot item
 * is created with this checkpoint in it. Unlike the SDK, that creation is itself
 * conditional ({@code attribute_not_exists(id)}), and an item that exists but lacks the
 * {@code checkpoints.read} map gets the map added instead of failing, both without ever
 * overwriting a checkpoint another reader wrote.
 */
public final class Checkpointer {

	private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

	/** How the update is guarded. */
	public sealed interface Expected permits Expected.Value, Expected.Absent, Expected.Unconditional {

		/** The stored checkpoint must equal {@code eid}. */
		record Value(String eid) implements Expected {
		}

		/** There must be no stored checkpoint yet. */
		record Absent() implements Expected {
		}

		/**
		 * No condition (the SDK's {@code force}; also how the bus writes {@code write}
		 * checkpoints).
		 */
		record Unconditional() implements Expected {
		}

		static Expected of(String eid) {
			return eid == null ? new Absent() : new Value(eid);
		}

	}

	private final DynamoDbAsyncClient dynamo;

	private final BusConfig bus;

	private final Duration timeout;

	public Checkpointer(DynamoDbAsyncClient dynamo, BusConfig bus, Duration timeout) {
		this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
		this.bus = Objects.requireNonNull(bus, "bus");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
	}

	/**
	 * The id under which the SDK stores a bot's checkpoints: a trailing {@code _reader}
	 * is dropped.
	 */
	public static String storageBotId(String botId) {
		return BotItems.storageBotId(botId);
	}

	/**
	 * The bot's stored read checkpoint on {@code queue} (strongly consistent), or
	 * {@code null}.
	 */
	public String readCheckpoint(String botId, String queue) {
		Map<String, AttributeValue> item = getBot(botId);
		return BotItems.readCheckpoint(item, QueueRef.parse(queue).refId());
	}

	/**
	 * Writes a read checkpoint guarded by the previous value this reader knows
	 * ({@code null}: none stored yet).
	 * @throws StaleCheckpointException when another reader moved the checkpoint
	 */
	public void checkpoint(String botId, String queue, Checkpoint value, String expected) {
		update(botId, queue, "read", value, Expected.of(expected), null);
	}

	/**
	 * As {@link #checkpoint(String, String, Checkpoint, String)}, and only while this
	 * reader holds {@code lease}.
	 * @throws LeaseLostException when another reader holds the lease
	 */
	public void checkpoint(String botId, String queue, Checkpoint value, String expected, BotLease lease) {
		update(botId, queue, "read", value, Expected.of(expected), lease);
	}

	/**
	 * Writes a read checkpoint without a condition (moving a bot on purpose, e.g. an
	 * operator's reset).
	 */
	public void forceCheckpoint(String botId, String queue, Checkpoint value) {
		update(botId, queue, "read", value, new Expected.Unconditional(), null);
	}

	/**
	 * The general form: {@code type} is {@code read} or {@code write}; {@code lease} may
	 * be {@code null}.
	 */
	public void update(String botId, String queue, String type, Checkpoint value, Expected expected, BotLease lease) {
		String id = BotItems.storageBotId(botId);
		String refId = QueueRef.parse(queue).refId();
		UpdateItemRequest request = withLease(request(id, refId, type, value, expected), lease);
		try {
			AwsCalls.await(dynamo.updateItem(request), timeout, AwsOperation.dynamo("UpdateItem", bus.leoCron()),
					() -> describe(id, refId));
			return;
		}
		catch (AwsCallException ex) {
			if (ex.getCause() instanceof ConditionalCheckFailedException) {
				conditionFailed(botId, refId, type, expected, value, lease, ex);
				return;
			}
			if (!"ValidationException".equals(ex.errorCode())) {
				throw ex;
			}
		}
		// The document path is invalid: the bot item, or its checkpoints map, does not
		// exist yet. (With a lease the
		// item exists: the lease lives on it; only the maps can be missing.)
		if (lease != null) {
			ensureMaps(id, type);
		}
		else if (createMissingStructure(id, refId, type, value, expected)) {
			return;
		}
		try {
			AwsCalls.await(dynamo.updateItem(request), timeout, AwsOperation.dynamo("UpdateItem", bus.leoCron()),
					() -> describe(id, refId));
		}
		catch (AwsCallException ex) {
			if (ex.getCause() instanceof ConditionalCheckFailedException) {
				conditionFailed(botId, refId, type, expected, value, lease, ex);
				return;
			}
			throw ex;
		}
	}

	private static UpdateItemRequest withLease(UpdateItemRequest request, BotLease lease) {
		if (lease == null) {
			return request;
		}
		BotLease.LeaseCondition c = lease.condition();
		Map<String, String> names = new LinkedHashMap<>(request.expressionAttributeNames());
		names.putAll(c.names());
		Map<String, AttributeValue> values = new LinkedHashMap<>(request.expressionAttributeValues());
		values.putAll(c.values());
		String condition = request.conditionExpression() == null ? c.expression()
				: "(" + request.conditionExpression() + ") AND " + c.expression();
		return request.toBuilder()
			.conditionExpression(condition)
			.expressionAttributeNames(names)
			.expressionAttributeValues(values)
			.build();
	}

	/**
	 * Decides what a failed condition means by reading the item: a write whose response
	 * was lost is retried by the SDK, and the retry then fails its own condition although
	 * the stored value is the one this reader wrote. Only when the item holds another
	 * value (or another owner's lease) did a second writer move it.
	 * @throws LeaseLostException when another reader holds the lease
	 * @throws StaleCheckpointException when another writer moved the checkpoint
	 */
	private void conditionFailed(String botId, String refId, String type, Expected expected, Checkpoint value,
			BotLease lease, Throwable cause) {
		Map<String, AttributeValue> bot = getBot(botId);
		if (lease != null) {
			String holder = BotLease.holder(bot, lease.key(), System.currentTimeMillis());
			if (!lease.owner().equals(holder)) {
				lease.markLost();
				throw new LeaseLostException(botId, refId, lease.owner(), holder, value.checkpoint(), cause);
			}
		}
		String stored = BotItems.storedCheckpoint(bot, type, refId);
		if (value.checkpoint().equals(stored)) {
			log.info("Bot '{}' {}: the checkpoint {} was stored by an earlier attempt whose response was lost", botId,
					refId, stored);
			return;
		}
		throw new StaleCheckpointException(botId, refId, expectedEid(expected), value.checkpoint(), stored, cause);
	}

	private static String expectedEid(Expected expected) {
		return expected instanceof Expected.Value v ? v.eid() : null;
	}

	private String describe(String id, String refId) {
		return "Checkpoint UpdateItem on LeoCron table '" + bus.leoCron() + "' for bot '" + id + "', " + refId;
	}

	/** The exact request of protocol.md 7.1 (exposed for golden tests). */
	public UpdateItemRequest request(String id, String refId, String type, Checkpoint value, Expected expected) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("#checkpoints", "checkpoints");
		names.put("#type", type);
		names.put("#event", refId);
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		values.put(":value", toAttribute(value));
		UpdateItemRequest.Builder b = UpdateItemRequest.builder()
			.tableName(bus.leoCron())
			.key(Map.of("id", AttributeValue.fromS(id)))
			.updateExpression("set #checkpoints.#type.#event = :value");
		if (expected instanceof Expected.Value v) {
			b.conditionExpression("#checkpoints.#type.#event.#checkpoint = :expected");
			values.put(":expected", AttributeValue.fromS(v.eid()));
			names.put("#checkpoint", "checkpoint");
		}
		else if (expected instanceof Expected.Absent) {
			b.conditionExpression("attribute_not_exists(#checkpoints.#type.#event.#checkpoint)");
			names.put("#checkpoint", "checkpoint");
		}
		return b.expressionAttributeNames(names)
			.expressionAttributeValues(values)
			.overrideConfiguration(AwsCalls.timeout(timeout))
			.build();
	}

	/**
	 * {@code {checkpoint, source_timestamp, started_timestamp, ended_timestamp,
	 * records}}, absent parts left out.
	 */
	public static AttributeValue toAttribute(Checkpoint value) {
		Map<String, AttributeValue> m = new LinkedHashMap<>();
		m.put("checkpoint", DynamoValues.s(value.checkpoint()));
		if (value.sourceTimestamp() != null) {
			m.put("source_timestamp", DynamoValues.n(value.sourceTimestamp()));
		}
		if (value.startedTimestamp() != null) {
			m.put("started_timestamp", DynamoValues.n(value.startedTimestamp()));
		}
		if (value.endedTimestamp() != null) {
			m.put("ended_timestamp", DynamoValues.n(value.endedTimestamp()));
		}
		if (value.records() != null) {
			m.put("records", DynamoValues.n(value.records()));
		}
		return AttributeValue.fromM(m);
	}

	/** Returns true when the created bot item already holds this checkpoint. */
	private boolean createMissingStructure(String id, String refId, String type, Checkpoint value, Expected expected) {
		Map<String, AttributeValue> existing = getBot(id);
		if (existing == null) {
			if (expected instanceof Expected.Value v) {
				throw new StaleCheckpointException(id, refId, v.eid(), value.checkpoint(), null);
			}
			Map<String, AttributeValue> read = new HashMap<>();
			Map<String, AttributeValue> write = new HashMap<>();
			(type.equals("write") ? write : read).put(refId, toAttribute(value));
			PutItemRequest put = PutItemRequest.builder()
				.tableName(bus.leoCron())
				.item(BotItems.defaultBot(id, read, write))
				.conditionExpression("attribute_not_exists(id)")
				.overrideConfiguration(AwsCalls.timeout(timeout))
				.build();
			try {
				AwsCalls.await(dynamo.putItem(put), timeout, AwsOperation.dynamo("PutItem", bus.leoCron()),
						() -> "PutItem default bot '" + id + "' into LeoCron '" + bus.leoCron() + "'");
				log.info("Bot '{}' did not exist in LeoCron '{}': created it with its checkpoint on {}", id,
						bus.leoCron(), refId);
				return true;
			}
			catch (AwsCallException ex) {
				if (!(ex.getCause() instanceof ConditionalCheckFailedException)) {
					throw ex;
				}
				// created concurrently: fall through and add the maps if needed
			}
		}
		ensureMaps(id, type);
		return false;
	}

	private void ensureMaps(String id, String type) {
		Map<String, AttributeValue> empty = Map.of("read", AttributeValue.fromM(Map.of()), "write",
				AttributeValue.fromM(Map.of()));
		AwsCalls.await(
				dynamo.updateItem(UpdateItemRequest.builder()
					.tableName(bus.leoCron())
					.key(Map.of("id", AttributeValue.fromS(id)))
					.updateExpression("set #checkpoints = if_not_exists(#checkpoints, :empty)")
					.expressionAttributeNames(Map.of("#checkpoints", "checkpoints"))
					.expressionAttributeValues(Map.of(":empty", AttributeValue.fromM(empty)))
					.overrideConfiguration(AwsCalls.timeout(timeout))
					.build()),
				timeout, AwsOperation.dynamo("UpdateItem", bus.leoCron()),
				() -> "Adding the checkpoints map to bot '" + id + "'");
		AwsCalls.await(
				dynamo.updateItem(UpdateItemRequest.builder()
					.tableName(bus.leoCron())
					.key(Map.of("id", AttributeValue.fromS(id)))
					.updateExpression("set #checkpoints.#type = if_not_exists(#checkpoints.#type, :empty)")
					.expressionAttributeNames(Map.of("#checkpoints", "checkpoints", "#type", type))
					.expressionAttributeValues(Map.of(":empty", AttributeValue.fromM(Map.of())))
					.overrideConfiguration(AwsCalls.timeout(timeout))
					.build()),
				timeout, AwsOperation.dynamo("UpdateItem", bus.leoCron()),
				() -> "Adding the checkpoints." + type + " map to bot '" + id + "'");
	}

	/** The bot's LeoCron item read with strong consistency, or {@code null}. */
	public Map<String, AttributeValue> getBot(String botId) {
		String id = BotItems.storageBotId(botId);
		GetItemRequest get = GetItemRequest.builder()
			.tableName(bus.leoCron())
			.key(Map.of("id", AttributeValue.fromS(id)))
			.consistentRead(true)
			.overrideConfiguration(AwsCalls.timeout(timeout))
			.build();
		Map<String, AttributeValue> item = AwsCalls
			.await(dynamo.getItem(get), timeout, AwsOperation.dynamo("GetItem", bus.leoCron()),
					() -> "GetItem bot '" + id + "' from LeoCron '" + bus.leoCron() + "'")
			.item();
		return item == null || item.isEmpty() ? null : item;
	}

}
