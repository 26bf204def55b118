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

import java.time.Duration;
import java.util.Map;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.DynamoValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The per-shard clock of the bus processor in LeoSettings (protocol.md 5.4 step 1), with
 * the bus's exact conditional updates: batch times strictly increase per shard, and a
 * retried batch (same first sequence number) gets the same time back, so its eids are
 * reproduced rather than duplicated.
 */
final class ShardClock {

	private static final Logger log = LoggerFactory.getLogger(ShardClock.class);

	private final DynamoDbAsyncClient dynamo;

	private final BusConfig bus;

	private final Duration timeout;

	ShardClock(DynamoDbAsyncClient dynamo, BusConfig bus, Duration timeout) {
		this.dynamo = dynamo;
		this.bus = bus;
		this.timeout = timeout;
	}

	/**
	 * @return the batch time for a batch whose first record arrived at
	 * {@code arrivalMillis}; the arrival time itself if the clock cannot be kept (logged,
	 * as the bus does)
	 */
	long batchTime(String shardId, long arrivalMillis, String sequence) {
		if (bus.leoSettings() == null) {
			return arrivalMillis;
		}
		String id = "kinesis-processor-" + shardId;
		try {
			Map<String, AttributeValue> stored = advance(id, arrivalMillis, sequence);
			if (!sequence.equals(DynamoValues.string(stored, "sequence"))) {
				throw new IllegalStateException("Sequence doesn't match. new: " + sequence + ", existing: "
						+ DynamoValues.string(stored, "sequence"));
			}
			long value = DynamoValues.number(stored, "value");
			return Math.max(value, arrivalMillis);
		}
		catch (RuntimeException ex) {
			log.warn("{}: could not keep the shard clock, using the arrival time: {}", id, ex.getMessage());
			return arrivalMillis;
		}
	}

	private Map<String, AttributeValue> advance(String id, long value, String sequence) {
		try {
			return update(id, "set #field = :value, #sequence = :sequence",
					"attribute_not_exists(#field) OR #field < :value OR (#sequence = :sequence AND #field = :value)",
					value, sequence);
		}
		catch (AwsCallException first) {
			if (!(first.getCause() instanceof ConditionalCheckFailedException)) {
				throw first;
			}
		}
		try {
			return update(id, "set #sequence = :sequence add #field :value", "#sequence <> :sequence", 1, sequence);
		}
		catch (AwsCallException second) {
			if (!(second.getCause() instanceof ConditionalCheckFailedException)) {
				throw second;
			}
		}
		return AwsCalls.await(dynamo.getItem(
				b -> b.tableName(bus.leoSettings()).consistentRead(true).key(Map.of("id", AttributeValue.fromS(id)))),
				timeout, () -> "GetItem " + id)
			.item();
	}

	private Map<String, AttributeValue> update(String id, String expression, String condition, long value,
			String sequence) {
		UpdateItemRequest request = UpdateItemRequest.builder()
			.tableName(bus.leoSettings())
			.key(Map.of("id", AttributeValue.fromS(id)))
			.returnValues(ReturnValue.ALL_NEW)
			.updateExpression(expression)
			.conditionExpression(condition)
			.expressionAttributeNames(Map.of("#field", "value", "#sequence", "sequence"))
			.expressionAttributeValues(
					Map.of(":value", DynamoValues.n(value), ":sequence", AttributeValue.fromS(sequence)))
			.overrideConfiguration(AwsCalls.timeout(timeout))
			.build();
		return AwsCalls.await(dynamo.updateItem(request), timeout, () -> "UpdateItem LeoSettings " + id).attributes();
	}

}
