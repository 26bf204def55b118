package io.rstreams.client;

import java.time.Duration;
import java.util.Objects;

import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Checks that the resources a bus configuration names exist, before anything reads or writes, so a wrong name or
 * region fails at start-up with the name that was looked for instead of at the first event. It only looks:
 * creating bus infrastructure is the bus's job (its CloudFormation stack, or the local bus).
 */
public final class BusVerifier {

	private final DynamoDbAsyncClient dynamo;
	private final KinesisAsyncClient kinesis;
	private final S3AsyncClient s3;
	private final Duration timeout;

	/**
	 * @param kinesis {@code null} to skip the stream check (e.g. when writes go in-process)
	 * @param s3      {@code null} to skip the bucket check
	 */
	public BusVerifier(DynamoDbAsyncClient dynamo, KinesisAsyncClient kinesis, S3AsyncClient s3, Duration timeout) {
		this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
		this.kinesis = kinesis;
		this.s3 = s3;
		this.timeout = Objects.requireNonNull(timeout, "timeout");
	}

	/**
	 * @param origin where the configuration came from, for messages
	 * @throws MissingBusResourceException naming the first missing resource
	 */
	public void verify(BusConfig bus, String origin) {
		table("LeoStream", bus.leoStream(), bus, origin);
		table("LeoEvent", bus.leoEvent(), bus, origin);
		table("LeoCron", bus.leoCron(), bus, origin);
		if (kinesis != null && bus.leoKinesisStream() != null) {
			check("LeoKinesisStream", "Kinesis stream", bus.leoKinesisStream(), bus, origin,
					() -> AwsCalls.await(kinesis.describeStreamSummary(b -> b.streamName(bus.leoKinesisStream())
							.overrideConfiguration(AwsCalls.timeout(timeout))), timeout,
							() -> "DescribeStreamSummary " + bus.leoKinesisStream()));
		}
		if (s3 != null && bus.leoS3() != null) {
			check("LeoS3", "S3 bucket", bus.leoS3(), bus, origin,
					() -> AwsCalls.await(s3.headBucket(b -> b.bucket(bus.leoS3())
							.overrideConfiguration(AwsCalls.timeout(timeout))), timeout, () -> "HeadBucket " + bus.leoS3()));
		}
	}

	private void table(String key, String name, BusConfig bus, String origin) {
		if (name == null) {
			throw new MissingBusResourceException(key, null, "The bus configuration from " + origin + " has no " + key
					+ " table name", null);
		}
		check(key, "DynamoDB table", name, bus, origin, () -> AwsCalls.await(dynamo.describeTable(b -> b.tableName(name)
				.overrideConfiguration(AwsCalls.timeout(timeout))), timeout, () -> "DescribeTable " + name));
	}

	private static void check(String key, String kind, String name, BusConfig bus, String origin, Runnable call) {
		try {
			call.run();
		}
		catch (AwsCallException ex) {
			String code = ex.errorCode();
			String where = " in region " + bus.region() + " (" + key + " from " + origin + ")";
			if ("ResourceNotFoundException".equals(code) || "NoSuchBucket".equals(code) || "NotFound".equals(code)
					|| isNotFound(ex)) {
				throw new MissingBusResourceException(key, name, "The " + kind + " '" + name + "' does not exist" + where
						+ ". Check the bus name, the secret and the region.", ex);
			}
			if (code != null && (code.contains("AccessDenied") || code.equals("Forbidden") || code.equals("403"))) {
				throw new MissingBusResourceException(key, name, "Access to the " + kind + " '" + name + "' was denied"
						+ where + ": " + ex.getMessage(), ex);
			}
			throw new MissingBusResourceException(key, name, "Could not check the " + kind + " '" + name + "'" + where
					+ ": " + ex.getMessage(), ex);
		}
	}

	private static boolean isNotFound(AwsCallException ex) {
		return ex.getCause() instanceof software.amazon.awssdk.awscore.exception.AwsServiceException ase
				&& ase.statusCode() == 404;
	}
}
