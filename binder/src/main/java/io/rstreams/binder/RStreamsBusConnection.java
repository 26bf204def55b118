package io.rstreams.binder;

import java.time.Clock;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.FirehoseTransport;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.ObjectStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Everything the binder needs to reach one bus: its resource names and the clients to use. The auto-configuration
 * builds it from the resolved bus (a secret, properties, or the embedded local bus); applications may declare
 * their own.
 *
 * @param bus        the bus's resource names and region
 * @param dynamo     DynamoDB client for LeoStream, LeoEvent and LeoCron
 * @param objectStore S3 access for offloaded events
 * @param kinesis    the write path's last hop
 * @param firehose   the Firehose path, or {@code null} when not configured
 * @param verifier   checks that the bus's resources exist (run once, at the first binding)
 * @param clock      "now" for timestamps and start positions
 * @param origin     where the bus configuration came from, for logs and errors
 */
public record RStreamsBusConnection(BusConfig bus, DynamoDbAsyncClient dynamo, ObjectStore objectStore,
		KinesisTransport kinesis, FirehoseTransport firehose, Runnable verifier, Clock clock, String origin) {

	public RStreamsBusConnection {
		Objects.requireNonNull(bus, "bus");
		Objects.requireNonNull(dynamo, "dynamo");
		Objects.requireNonNull(kinesis, "kinesis");
		Objects.requireNonNull(clock, "clock");
		verifier = verifier == null ? () -> { } : verifier;
		origin = origin == null ? "the application" : origin;
	}
}
