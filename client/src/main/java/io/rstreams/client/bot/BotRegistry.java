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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.rstreams.client.BusConfig;
import io.rstreams.client.Json;
import io.rstreams.client.QueueRef;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import io.rstreams.client.aws.DynamoValues;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Registers bots in LeoCron as the Node SDK's {@code bot.createBot} /
 * {@code bot.subscribe} do (protocol.md 8.3): one UpdateItem with a plain {@code set} for
 * the registration fields and {@code if_not_exists} for {@code instances},
 * {@code requested_kinesis} and {@code checkpoints}, so registering again never loses
 * checkpoints or lock state.
 */
public final class BotRegistry {

	private final DynamoDbAsyncClient dynamo;

	private final BusConfig bus;

	private final Duration timeout;

	public BotRegistry(DynamoDbAsyncClient dynamo, BusConfig bus, Duration timeout) {
		this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
		this.bus = Objects.requireNonNull(bus, "bus");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
	}

	/** {@code createBot(id, bot)}. */
	public void createBot(String id, BotDefinition bot) {
		AwsCalls.await(dynamo.updateItem(createBotRequest(id, bot)), timeout,
				AwsOperation.dynamo("UpdateItem", bus.leoCron()),
				() -> "Registering bot '" + id + "' in LeoCron '" + bus.leoCron() + "'");
	}

	/** {@code subscribe(id, queue)}: a bot triggered by (and reading) {@code queue}. */
	public void subscribe(String id, String queue, BotDefinition extra) {
		BotDefinition base = extra != null ? extra
				: new BotDefinition(null, null, null, null, null, List.of(), null, null, null, Map.of(), false);
		createBot(id, new BotDefinition(base.name(), base.description(), base.lambdaName(), queue, base.destination(),
				List.of(queue), base.time(), base.owner(), base.system(), base.settings(), base.keepLambdaName()));
	}

	/**
	 * Registers a bot that runs outside Lambda as a reader of {@code queueRefId}: it
	 * shows in LeoCron (and Botmon) with its checkpoints, the queue is added to its
	 * {@code triggers}, and it gets {@code lambdaName: null} so the bus never invokes it.
	 * Everything an existing item already has (Lambda, name, checkpoints, lock state,
	 * other triggers) is kept: every field is written with {@code if_not_exists}, and the
	 * trigger is appended only when absent.
	 * @param destinationRefId the queue the bot writes, or {@code null}
	 */
	public void registerReader(String id, String queueRefId, String destinationRefId, String description) {
		Map<String, AttributeValue> read = new LinkedHashMap<>();
		read.put(queueRefId, DynamoValues.m(Map.of()));
		Map<String, AttributeValue> write = new LinkedHashMap<>();
		if (destinationRefId != null) {
			write.put(destinationRefId, DynamoValues.m(Map.of()));
		}
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("source", queueRefId);
		if (destinationRefId != null) {
			settings.put("destination", destinationRefId);
		}
		Fields f = new Fields();
		f.once("name", DynamoValues.s(id));
		f.once("description", description == null ? DynamoValues.nul() : DynamoValues.s(description));
		f.once("lambdaName", DynamoValues.nul());
		f.once("lambda", DynamoValues.m(Map.of("settings",
				AttributeValue.fromL(List.of(DynamoValues.fromJson(Json.mapper().valueToTree(settings)))))));
		f.once("paused", DynamoValues.bool(false));
		f.once("instances", DynamoValues.m(Map.of()));
		f.once("requested_kinesis", DynamoValues.m(Map.of()));
		f.once("checkpoints", DynamoValues.m(Map.of("read", DynamoValues.m(read), "write", DynamoValues.m(write))));
		AwsCalls.await(
				dynamo.updateItem(UpdateItemRequest.builder()
					.tableName(bus.leoCron())
					.key(Map.of("id", AttributeValue.fromS(id)))
					.updateExpression("set " + String.join(", ", f.sets))
					.expressionAttributeNames(f.names)
					.expressionAttributeValues(f.values)
					.overrideConfiguration(AwsCalls.timeout(timeout))
					.build()),
				timeout, AwsOperation.dynamo("UpdateItem", bus.leoCron()),
				() -> "Registering bot '" + id + "' in LeoCron '" + bus.leoCron() + "'");
		try {
			addTrigger(id, queueRefId, true);
		}
		catch (AwsCallException ex) {
			if (ex.getCause() instanceof ConditionalCheckFailedException) {
				return; // already a trigger
			}
			if (!"ValidationException".equals(ex.errorCode())) {
				throw ex;
			}
			// an item made elsewhere without checkpoints.read: the trigger alone, the
			// checkpoint entry comes with the first checkpoint
			try {
				addTrigger(id, queueRefId, false);
			}
			catch (AwsCallException again) {
				if (!(again.getCause() instanceof ConditionalCheckFailedException)) {
					throw again;
				}
			}
		}
	}

	/**
	 * Appends {@code queueRefId} to the bot's {@code triggers} unless it is there. With
	 * {@code readEntry}, also gives the queue its (empty) {@code checkpoints.read} entry
	 * if it has none: the registration's {@code if_not_exists} of {@code checkpoints}
	 * creates it only for the first queue a bot reads, and Botmon lists a bot's queues by
	 * these entries.
	 */
	private void addTrigger(String id, String queueRefId, boolean readEntry) {
		Map<String, String> names = new LinkedHashMap<>(Map.of("#triggers", "triggers"));
		Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":none", AttributeValue.fromL(List.of()),
				":trigger", AttributeValue.fromL(List.of(AttributeValue.fromS(queueRefId))), ":queue",
				AttributeValue.fromS(queueRefId)));
		String update = "set #triggers = list_append(if_not_exists(#triggers, :none), :trigger)";
		if (readEntry) {
			names.putAll(Map.of("#checkpoints", "checkpoints", "#read", "read", "#source", queueRefId));
			values.put(":empty", DynamoValues.m(Map.of()));
			update += ", #checkpoints.#read.#source = if_not_exists(#checkpoints.#read.#source, :empty)";
		}
		AwsCalls.await(
				dynamo.updateItem(UpdateItemRequest.builder()
					.tableName(bus.leoCron())
					.key(Map.of("id", AttributeValue.fromS(id)))
					.updateExpression(update)
					.conditionExpression("attribute_not_exists(#triggers) OR NOT contains(#triggers, :queue)")
					.expressionAttributeNames(names)
					.expressionAttributeValues(values)
					.overrideConfiguration(AwsCalls.timeout(timeout))
					.build()),
				timeout, AwsOperation.dynamo("UpdateItem", bus.leoCron()),
				() -> "Adding trigger " + queueRefId + " to bot '" + id + "'");
	}

	/** The exact UpdateItem of {@code createBot} (exposed for golden tests). */
	public UpdateItemRequest createBotRequest(String id, BotDefinition bot) {
		Map<String, Object> settings = new LinkedHashMap<>(bot.settings());
		if (bot.source() != null) {
			settings.put("source", bot.source());
		}
		if (bot.destination() != null) {
			settings.put("destination", bot.destination());
		}
		List<String> triggers = new ArrayList<>(bot.triggers());
		if (bot.source() != null && bot.time() == null) {
			triggers.add(QueueRef.parse(bot.source()).refId());
		}
		Map<String, AttributeValue> read = new LinkedHashMap<>();
		Set<String> readQueues = new LinkedHashSet<>(bot.triggers());
		if (bot.source() != null) {
			readQueues.add(bot.source());
		}
		readQueues.forEach(q -> read.put(QueueRef.parse(q).refId(), DynamoValues.m(Map.of())));
		Map<String, AttributeValue> write = new LinkedHashMap<>();
		if (bot.destination() != null) {
			write.put(QueueRef.parse(bot.destination()).refId(), DynamoValues.m(Map.of()));
		}

		Fields f = new Fields();
		if (bot.keepLambdaName()) {
			f.once("lambdaName", bot.lambdaName() == null ? DynamoValues.nul() : DynamoValues.s(bot.lambdaName()));
		}
		else {
			f.set("lambdaName", DynamoValues.s(bot.lambdaName() != null ? bot.lambdaName() : id));
		}
		f.set("name", bot.name() == null ? null : DynamoValues.s(bot.name()));
		String description = bot.description() != null ? bot.description() : bot.name();
		f.set("description", description == null ? null : DynamoValues.s(description));
		f.set("lambda", DynamoValues.m(Map.of("settings",
				AttributeValue.fromL(List.of(DynamoValues.fromJson(Json.mapper().valueToTree(settings)))))));
		f.set("time", bot.time() == null ? null : DynamoValues.s(bot.time()));
		f.set("triggers", AttributeValue.fromL(triggers.stream().map(AttributeValue::fromS).toList()));
		f.set("executionType", DynamoValues.s("lambda"));
		f.once("instances", DynamoValues.m(Map.of()));
		f.once("requested_kinesis", DynamoValues.m(Map.of()));
		f.set("system", bot.system() == null ? null : DynamoValues.s(bot.system()));
		f.set("owner", bot.owner() == null ? null : DynamoValues.s(bot.owner()));
		f.once("checkpoints", DynamoValues.m(Map.of("read", DynamoValues.m(read), "write", DynamoValues.m(write))));
		return UpdateItemRequest.builder()
			.tableName(bus.leoCron())
			.key(Map.of("id", AttributeValue.fromS(id)))
			.updateExpression("set " + String.join(", ", f.sets))
			.expressionAttributeNames(f.names)
			.expressionAttributeValues(f.values)
			.overrideConfiguration(AwsCalls.timeout(timeout))
			.build();
	}

	/**
	 * The update the Node SDK's {@code dynamodb.update} builds: {@code #f = :f} or
	 * {@code #f = if_not_exists(#f, :f)}; fields whose value is {@code null} are left
	 * out, as the SDK leaves out {@code null}/{@code undefined} ones.
	 */
	private static final class Fields {

		final List<String> sets = new ArrayList<>();

		final Map<String, String> names = new LinkedHashMap<>();

		final Map<String, AttributeValue> values = new LinkedHashMap<>();

		void set(String field, AttributeValue value) {
			if (value == null) {
				return;
			}
			String p = field.replaceAll("[^a-zA-Z]+", "_");
			sets.add("#" + p + " = :" + p);
			names.put("#" + p, field);
			values.put(":" + p, value);
		}

		void once(String field, AttributeValue value) {
			String p = field.replaceAll("[^a-zA-Z]+", "_");
			sets.add("#" + p + " = if_not_exists(#" + p + ", :" + p + ")");
			names.put("#" + p, field);
			values.put(":" + p, value);
		}

	}

}
