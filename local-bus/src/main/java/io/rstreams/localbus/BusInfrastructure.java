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

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.AwsCalls;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbAsyncWaiter;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Creates a bus's tables with the bus's keys, streams and TTL (protocol.md 2) and its
 * events bucket, on whatever DynamoDB and S3 endpoint the clients point at: the local
 * bus's own, or an emulator such as LocalStack. The bus's CloudFormation stack does this
 * on AWS; nothing in the binder ever creates bus resources.
 */
public final class BusInfrastructure {

	private final DynamoDbAsyncClient dynamo;

	private final S3AsyncClient s3;

	private final Duration timeout;

	public BusInfrastructure(DynamoDbAsyncClient dynamo, S3AsyncClient s3, Duration timeout) {
		this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
		this.s3 = s3;
		this.timeout = Objects.requireNonNull(timeout, "timeout");
	}

	/**
	 * LeoStream (with TTL {@code ttl}), LeoEvent, LeoCron, LeoSettings, LeoSystem and the
	 * LeoS3 bucket.
	 */
	public void create(BusConfig config) {
		createTable(config.leoStream(), "event", "end", null, true);
		createTable(config.leoEvent(), "event", null, StreamViewType.NEW_AND_OLD_IMAGES, false);
		createTable(config.leoCron(), "id", null, StreamViewType.NEW_AND_OLD_IMAGES, false);
		createTable(config.leoSettings(), "id", null, null, false);
		createTable(config.leoSystem(), "id", null, null, false);
		if (s3 != null) {
			AwsCalls.await(s3.createBucket(b -> b.bucket(config.leoS3())), timeout,
					() -> "CreateBucket " + config.leoS3());
		}
	}

	private void createTable(String table, String hash, String range, StreamViewType stream, boolean ttl) {
		AwsCalls.await(dynamo.createTable(b -> {
			b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST);
			if (range == null) {
				b.keySchema(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build())
					.attributeDefinitions(attr(hash));
			}
			else {
				b.keySchema(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build(),
						KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build())
					.attributeDefinitions(List.of(attr(hash), attr(range)));
			}
			if (stream != null) {
				b.streamSpecification(s -> s.streamEnabled(true).streamViewType(stream));
			}
		}), timeout, () -> "CreateTable " + table);
		try (DynamoDbAsyncWaiter waiter = DynamoDbAsyncWaiter.builder()
			.client(dynamo)
			.overrideConfiguration(w -> w.backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(100)))
				.waitTimeout(timeout))
			.build()) {
			AwsCalls.await(waiter.waitUntilTableExists(b -> b.tableName(table)), timeout,
					() -> "Waiting for table " + table + " to be ACTIVE");
		}
		if (ttl) {
			AwsCalls.await(
					dynamo.updateTimeToLive(
							b -> b.tableName(table).timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl"))),
					timeout, () -> "UpdateTimeToLive " + table);
		}
	}

	private static AttributeDefinition attr(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

}
