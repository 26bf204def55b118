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
package io.rstreams.client.bot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.QueueRef;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import io.rstreams.client.aws.DynamoValues;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.checkpoint.LeaseLostException;
import io.rstreams.client.leocron.BotItems;
import io.rstreams.client.leocron.BotLease;
import io.rstreams.client.checkpoint.StaleCheckpointException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Progress of a bot whose queue is read by {@code count} instances, each keeping its
 * share of the events ({@link FanoutHash}). Every instance records how far it got under
 * {@code fanoutCheckpoints["queue:
 * <q>"] = {count, "0": eid, "1": eid, ...}} on the bot's LeoCron item, and the bot's
 * ordinary read checkpoint is moved to the <em>smallest</em> of them, as the Node SDK's
 * fanout master writes the minimum: whatever the instances' speeds, nothing is skipped,
 * and Node bots and Botmon see a checkpoint that is true for every partition. A restart
 * resumes each instance from its own entry; entries written for another instance count
 * are ignored (the partitions changed), and all instances then resume from the ordinary
 * checkpoint.
 */
public final class FanoutCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(FanoutCheckpoints.class);

	private final DynamoDbAsyncClient dynamo;

	private final BusConfig bus;

	private final Checkpointer checkpointer;

	private final String botId;

	private final String refId;

	private final int count;

	private final int index;

	private final Duration timeout;

	public FanoutCheckpoints(DynamoDbAsyncClient dynamo, BusConfig bus, String botId, String queue, int count,
			int index, Duration timeout) {
		this.dynamo = Objects.requireNonNull(dynamo);
		this.bus = Objects.requireNonNull(bus);
		this.botId = BotItems.storageBotId(botId);
		this.refId = QueueRef.parse(queue).refId();
		this.count = count;
		this.index = index;
		this.timeout = timeout;
		this.checkpointer = new Checkpointer(dynamo, bus, timeout);
	}

	/**
	 * This instance's stored progress, or {@code null} (none yet, or written for another
	 * instance count).
	 */
	public String ownProgress() {
		Map<String, AttributeValue> entry = entry(checkpointer.getBot(botId));
		if (entry == null || !Long.valueOf(count).equals(DynamoValues.number(entry, "count"))) {
			return null;
		}
		return DynamoValues.string(entry, Integer.toString(index));
	}

	/**
	 * Records this instance's progress (only while it holds {@code lease}), then moves
	 * the bot's read checkpoint to the smallest progress of all instances if that is past
	 * it.
	 */
	public void checkpoint(Checkpoint value, BotLease lease) {
		recordOwn(value.checkpoint(), lease);
		for (int attempt = 0; attempt < 5; attempt++) {
			Map<String, AttributeValue> bot = checkpointer.getBot(botId);
			String min = minimum(entry(bot));
			String stored = BotItems.readCheckpoint(bot, refId);
			if (min == null || (stored != null && min.compareTo(stored) <= 0)) {
				return;
			}
			try {
				checkpointer.checkpoint(botId, refId, new Checkpoint(min, value.sourceTimestamp(),
						value.startedTimestamp(), value.endedTimestamp(), value.records()), stored);
				return;
			}
			catch (StaleCheckpointException raced) {
				log.debug("Bot '{}' {}: another instance moved the checkpoint first; re-reading", botId, refId);
			}
		}
	}

	/**
	 * The write is conditional on the entry's count: an unconditional one would relabel
	 * entries written for another instance count as this count's, and the minimum would
	 * then mix partitions.
	 */
	private void recordOwn(String eid, BotLease lease) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("#f", "fanoutCheckpoints");
		names.put("#q", refId);
		names.put("#i", Integer.toString(index));
		names.put("#c", "count");
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		values.put(":eid", AttributeValue.fromS(eid));
		values.put(":count", DynamoValues.n(count));
		String condition = "(attribute_not_exists(#f.#q.#c) OR #f.#q.#c = :count)";
		if (lease != null) {
			BotLease.LeaseCondition c = lease.condition();
			names.putAll(c.names());
			values.putAll(c.values());
			condition = condition + " AND " + c.expression();
		}
		boolean mapsCreated = false;
		for (int attempt = 0;; attempt++) {
			try {
				update("set #f.#q.#i = :eid, #f.#q.#c = :count", condition, names, values);
				return;
			}
			catch (AwsCallException ex) {
				if ("ValidationException".equals(ex.errorCode()) && !mapsCreated) {
					createMaps();
					mapsCreated = true;
					continue;
				}
				if (!(ex.getCause() instanceof ConditionalCheckFailedException)) {
					throw ex;
				}
				// the condition has two parts: an entry of another count is dropped and
				// the write tried again;
				// otherwise the lease is gone
				if (attempt < 3 && resetIfOtherCount()) {
					continue;
				}
				if (lease == null) {
					throw ex;
				}
				lease.markLost();
				String holder = BotLease.holder(checkpointer.getBot(botId), lease.key(), System.currentTimeMillis());
				throw new LeaseLostException(botId, refId, lease.owner(), holder, eid, ex);
			}
		}
	}

	private void createMaps() {
		update("set #f = if_not_exists(#f, :empty)", null, Map.of("#f", "fanoutCheckpoints"),
				Map.of(":empty", AttributeValue.fromM(Map.of())));
		update("set #f.#q = if_not_exists(#f.#q, :empty)", null, Map.of("#f", "fanoutCheckpoints", "#q", refId),
				Map.of(":empty", AttributeValue.fromM(Map.of())));
	}

	/**
	 * Entries written for another instance count describe other partitions: drop them.
	 * Conditional on the count read, so that an instance of the new count that reset and
	 * recorded first keeps its entry.
	 * @return whether the entry was (or meanwhile had been) of another count
	 */
	private boolean resetIfOtherCount() {
		Map<String, AttributeValue> entry = entry(checkpointer.getBot(botId));
		Long stored = DynamoValues.number(entry, "count");
		if (stored == null || stored == count) {
			return false;
		}
		log.warn("Bot '{}' {}: fanout progress was written for {} instances, now {}: starting over from the "
				+ "bot's checkpoint", botId, refId, stored, count);
		try {
			update("set #f.#q = :fresh", "#f.#q.#c = :old",
					Map.of("#f", "fanoutCheckpoints", "#q", refId, "#c", "count"),
					Map.of(":fresh", AttributeValue.fromM(Map.of("count", DynamoValues.n(count))), ":old",
							DynamoValues.n(stored)));
		}
		catch (AwsCallException ex) {
			if (!(ex.getCause() instanceof ConditionalCheckFailedException)) {
				throw ex;
			}
		}
		return true;
	}

	private String minimum(Map<String, AttributeValue> entry) {
		if (entry == null || !Long.valueOf(count).equals(DynamoValues.number(entry, "count"))) {
			return null;
		}
		String min = null;
		for (int i = 0; i < count; i++) {
			String eid = DynamoValues.string(entry, Integer.toString(i));
			if (eid == null) {
				return null;
			}
			if (min == null || eid.compareTo(min) < 0) {
				min = eid;
			}
		}
		return min;
	}

	private Map<String, AttributeValue> entry(Map<String, AttributeValue> bot) {
		return DynamoValues.map(DynamoValues.map(bot, "fanoutCheckpoints"), refId);
	}

	private void update(String expression, String condition, Map<String, String> names,
			Map<String, AttributeValue> values) {
		AwsCalls.await(dynamo.updateItem(b -> {
			b.tableName(bus.leoCron())
				.key(Map.of("id", AttributeValue.fromS(botId)))
				.updateExpression(expression)
				.expressionAttributeNames(names)
				.expressionAttributeValues(values)
				.overrideConfiguration(AwsCalls.timeout(timeout));
			if (condition != null) {
				b.conditionExpression(condition);
			}
		}), timeout, AwsOperation.dynamo("UpdateItem", bus.leoCron()),
				() -> "Fanout checkpoint of bot '" + botId + "' instance " + index + " on " + refId);
	}

}
