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
package io.rstreams.client.leocron;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import io.rstreams.client.aws.DynamoValues;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The right of one reader to read one queue for one bot, kept on the bot's own LeoCron
 * item ({@code leases["queue:
 * <q>"] = {owner, expires, acquired, renewed}}), so that several instances of an
 * application sharing a bot id read a queue one at a time and the others take over when
 * the owner stops or dies.
 *
 * <p>
 * Acquiring succeeds when there is no lease, when it expired, or when this owner already
 * holds it (all in one conditional update); renewing only when this owner still holds it.
 * The bus ignores the attribute: a Java bot has {@code lambdaName: null}, so the bus's
 * own cron lock ({@code instances}, protocol.md 8.2) is never taken for it. Expiry
 * compares the clocks of different machines: keep them in sync (NTP) and the lease much
 * longer than any skew.
 */
public final class BotLease {

	private final DynamoDbAsyncClient dynamo;

	private final BusConfig bus;

	private final String botId;

	private final String key;

	private final String owner;

	private final Duration duration;

	private final Clock clock;

	private final Duration timeout;

	private volatile long expiresAt;

	/**
	 * @param key what is leased, e.g. {@code queue:orders} (one reader per bot and queue)
	 * @param owner this reader's unique id (host, process, binding)
	 */
	public BotLease(DynamoDbAsyncClient dynamo, BusConfig bus, String botId, String key, String owner,
			Duration duration, Clock clock, Duration timeout) {
		this.dynamo = Objects.requireNonNull(dynamo);
		this.bus = Objects.requireNonNull(bus);
		this.botId = BotItems.storageBotId(botId);
		this.key = Objects.requireNonNull(key);
		this.owner = Objects.requireNonNull(owner);
		this.duration = Objects.requireNonNull(duration);
		this.clock = Objects.requireNonNull(clock);
		this.timeout = Objects.requireNonNull(timeout);
	}

	public String owner() {
		return owner;
	}

	public String key() {
		return key;
	}

	/**
	 * When the lease this reader holds expires, unless renewed (epoch ms; 0 when not
	 * held).
	 */
	public long expiresAt() {
		return expiresAt;
	}

	/**
	 * Whether this reader holds the lease as far as it knows (acquired or renewed, and
	 * not yet expired).
	 */
	public boolean isHeld() {
		return expiresAt > clock.millis();
	}

	/**
	 * Takes the lease if it is free, expired, or already ours.
	 * @return true when this reader holds it now
	 */
	public boolean tryAcquire() {
		long now = clock.millis();
		Map<String, AttributeValue> lease = new LinkedHashMap<>();
		lease.put("owner", DynamoValues.s(owner));
		lease.put("expires", DynamoValues.n(now + duration.toMillis()));
		lease.put("acquired", DynamoValues.n(now));
		lease.put("renewed", DynamoValues.n(now));
		UpdateItemRequest request = request("set #leases.#key = :lease",
				"attribute_not_exists(#leases.#key) OR #leases.#key.#expires < :now OR #leases.#key.#owner = :owner",
				Map.of(":lease", DynamoValues.m(lease), ":now", DynamoValues.n(now), ":owner", DynamoValues.s(owner)),
				Map.of("#expires", "expires", "#owner", "owner"));
		try {
			call(request, "acquire");
		}
		catch (AwsCallException ex) {
			if (ex.getCause() instanceof ConditionalCheckFailedException) {
				expiresAt = 0;
				return false;
			}
			if (!"ValidationException".equals(ex.errorCode())) {
				throw ex;
			}
			createLeasesMap();
			return tryAcquire();
		}
		expiresAt = now + duration.toMillis();
		return true;
	}

	/**
	 * Extends the lease.
	 * @return false when another reader took it (the lease is lost)
	 */
	public boolean renew() {
		long now = clock.millis();
		UpdateItemRequest request = request("set #leases.#key.#expires = :expires, #leases.#key.#renewed = :now",
				"#leases.#key.#owner = :owner",
				Map.of(":expires", DynamoValues.n(now + duration.toMillis()), ":now", DynamoValues.n(now), ":owner",
						DynamoValues.s(owner)),
				Map.of("#expires", "expires", "#renewed", "renewed", "#owner", "owner"));
		try {
			call(request, "renew");
			expiresAt = now + duration.toMillis();
			return true;
		}
		catch (AwsCallException ex) {
			if (ex.getCause() instanceof ConditionalCheckFailedException
					|| "ValidationException".equals(ex.errorCode())) {
				expiresAt = 0;
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Gives the lease up (if this reader still holds it), so a standby can take over at
	 * once.
	 */
	public void release() {
		long wasExpiring = expiresAt;
		expiresAt = 0;
		if (wasExpiring == 0) {
			return;
		}
		UpdateItemRequest request = request("remove #leases.#key", "#leases.#key.#owner = :owner",
				Map.of(":owner", DynamoValues.s(owner)), Map.of("#owner", "owner"));
		try {
			call(request, "release");
		}
		catch (AwsCallException ex) {
			if (!(ex.getCause() instanceof ConditionalCheckFailedException)
					&& !"ValidationException".equals(ex.errorCode())) {
				throw ex;
			}
		}
	}

	/**
	 * Forgets the lease locally (after a failed checkpoint showed someone else holds it).
	 */
	public void markLost() {
		expiresAt = 0;
	}

	/**
	 * The condition and its names/values that make a checkpoint write succeed only while
	 * this reader holds the lease; added to the checkpoint's own condition.
	 */
	public LeaseCondition condition() {
		return new LeaseCondition("#leases.#leaseKey.#leaseOwner = :leaseOwner",
				Map.of("#leases", "leases", "#leaseKey", key, "#leaseOwner", "owner"),
				Map.of(":leaseOwner", DynamoValues.s(owner)));
	}

	/** A condition fragment with its placeholders. */
	public record LeaseCondition(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
	}

	private void createLeasesMap() {
		AwsCalls.await(
				dynamo.updateItem(b -> b.tableName(bus.leoCron())
					.key(Map.of("id", AttributeValue.fromS(botId)))
					.updateExpression("set #leases = if_not_exists(#leases, :empty)")
					.expressionAttributeNames(Map.of("#leases", "leases"))
					.expressionAttributeValues(Map.of(":empty", AttributeValue.fromM(Map.of())))
					.overrideConfiguration(AwsCalls.timeout(timeout))),
				timeout, AwsOperation.dynamo("UpdateItem", bus.leoCron()),
				() -> "Creating the leases map of bot '" + botId + "'");
	}

	private UpdateItemRequest request(String update, String condition, Map<String, AttributeValue> values,
			Map<String, String> extraNames) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("#leases", "leases");
		names.put("#key", key);
		names.putAll(extraNames);
		return UpdateItemRequest.builder()
			.tableName(bus.leoCron())
			.key(Map.of("id", AttributeValue.fromS(botId)))
			.updateExpression(update)
			.conditionExpression(condition)
			.expressionAttributeNames(names)
			.expressionAttributeValues(values)
			.overrideConfiguration(AwsCalls.timeout(timeout))
			.build();
	}

	private void call(UpdateItemRequest request, String what) {
		AwsCalls.await(dynamo.updateItem(request), timeout, AwsOperation.dynamo("UpdateItem", bus.leoCron()),
				() -> "Lease " + what + " for bot '" + botId + "' on " + key + " in LeoCron '" + bus.leoCron() + "'");
	}

	/** Who holds the lease according to a LeoCron item, or {@code null}. */
	public static String holder(Map<String, AttributeValue> bot, String key, long now) {
		Map<String, AttributeValue> leases = DynamoValues.map(bot, "leases");
		Map<String, AttributeValue> lease = DynamoValues.map(leases, key);
		if (lease == null) {
			return null;
		}
		Long expires = DynamoValues.number(lease, "expires");
		return expires != null && expires >= now ? DynamoValues.string(lease, "owner") : null;
	}

}
