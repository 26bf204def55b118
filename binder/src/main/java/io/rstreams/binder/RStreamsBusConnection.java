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
package io.rstreams.binder;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.FirehoseTransport;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.ObjectStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Everything the binder needs to reach one bus: its resource names and the clients to
 * use. The auto-configuration builds it from the resolved bus (a secret, properties, or
 * the embedded local bus); applications may declare their own.
 *
 * @param bus the bus's resource names and region
 * @param dynamo DynamoDB client for LeoStream, LeoEvent and LeoCron
 * @param objectStore S3 access for offloaded events
 * @param kinesis the write path's last hop
 * @param firehose the Firehose path, or {@code null} when not configured
 * @param verifier checks that the bus's resources exist (run once, at the first binding)
 * @param clock "now" for timestamps and start positions
 * @param origin where the bus configuration came from, for logs and errors
 * @param callTimeout bound of each DynamoDB and S3 call of the consumers (reads, LeoCron
 * registration, leases, checkpoints); default {@link #DEFAULT_CALL_TIMEOUT}
 * @param embedded whether this is the embedded local bus (in memory, in this process),
 * which health shows so that nobody mistakes it for a real one
 */
public record RStreamsBusConnection(BusConfig bus, DynamoDbAsyncClient dynamo, ObjectStore objectStore,
		KinesisTransport kinesis, FirehoseTransport firehose, Runnable verifier, Clock clock, String origin,
		Duration callTimeout, boolean embedded) {

	public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);

	public RStreamsBusConnection {
		Objects.requireNonNull(bus, "bus");
		Objects.requireNonNull(dynamo, "dynamo");
		Objects.requireNonNull(kinesis, "kinesis");
		Objects.requireNonNull(clock, "clock");
		verifier = verifier == null ? () -> {
		} : verifier;
		origin = origin == null ? "the application" : origin;
		callTimeout = callTimeout == null ? DEFAULT_CALL_TIMEOUT : callTimeout;
	}

	/** A connection to a bus that is not the embedded one. */
	public RStreamsBusConnection(BusConfig bus, DynamoDbAsyncClient dynamo, ObjectStore objectStore,
			KinesisTransport kinesis, FirehoseTransport firehose, Runnable verifier, Clock clock, String origin,
			Duration callTimeout) {
		this(bus, dynamo, objectStore, kinesis, firehose, verifier, clock, origin, callTimeout, false);
	}

	/** A connection whose calls are bounded by {@link #DEFAULT_CALL_TIMEOUT}. */
	public RStreamsBusConnection(BusConfig bus, DynamoDbAsyncClient dynamo, ObjectStore objectStore,
			KinesisTransport kinesis, FirehoseTransport firehose, Runnable verifier, Clock clock, String origin) {
		this(bus, dynamo, objectStore, kinesis, firehose, verifier, clock, origin, DEFAULT_CALL_TIMEOUT);
	}
}
