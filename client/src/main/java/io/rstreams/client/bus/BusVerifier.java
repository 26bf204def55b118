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
package io.rstreams.client.bus;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.MissingBusResourceException;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Checks that the resources a bus configuration names exist, before anything reads or
 * writes, so a wrong name or region fails at start-up with the name that was looked for
 * instead of at the first event. It only looks: creating bus infrastructure is the bus's
 * job (its CloudFormation stack, or the local bus).
 */
public final class BusVerifier {

	private final DynamoDbAsyncClient dynamo;

	private final KinesisAsyncClient kinesis;

	private final S3AsyncClient s3;

	private final Duration timeout;

	private final String timeoutSetting;

	/**
	 * @param kinesis {@code null} to skip the stream check (e.g. when writes go
	 * in-process)
	 * @param s3 {@code null} to skip the bucket check
	 */
	public BusVerifier(DynamoDbAsyncClient dynamo, KinesisAsyncClient kinesis, S3AsyncClient s3, Duration timeout) {
		this(dynamo, kinesis, s3, timeout, null);
	}

	/**
	 * @param timeoutSetting where {@code timeout} is configured (e.g. a property name),
	 * named when a check times out
	 */
	public BusVerifier(DynamoDbAsyncClient dynamo, KinesisAsyncClient kinesis, S3AsyncClient s3, Duration timeout,
			String timeoutSetting) {
		this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
		this.kinesis = kinesis;
		this.s3 = s3;
		this.timeout = Objects.requireNonNull(timeout, "timeout");
		this.timeoutSetting = timeoutSetting;
	}

	/**
	 * @param origin where the configuration came from, for messages
	 * @throws MissingBusResourceException naming the first missing resource
	 */
	public void verify(BusConfig bus, String origin) {
		table("LeoStream", bus.leoStream(), bus, origin);
		table("LeoEvent", bus.leoEvent(), bus, origin);
		table("LeoCron", bus.leoCron(), bus, origin);
		String stream = bus.leoKinesisStream();
		if (kinesis != null && stream != null) {
			check("LeoKinesisStream", "Kinesis stream", stream, bus, origin, kinesis,
					() -> AwsCalls.await(
							kinesis.describeStreamSummary(
									b -> b.streamName(stream).overrideConfiguration(AwsCalls.timeout(timeout))),
							timeout, AwsOperation.kinesis("DescribeStreamSummary", stream),
							() -> "DescribeStreamSummary " + stream));
		}
		String bucket = bus.leoS3();
		if (s3 != null && bucket != null) {
			check("LeoS3", "S3 bucket", bucket, bus, origin, s3,
					() -> AwsCalls.await(
							s3.headBucket(b -> b.bucket(bucket).overrideConfiguration(AwsCalls.timeout(timeout))),
							timeout, AwsOperation.s3("HeadBucket", bucket), () -> "HeadBucket " + bucket));
		}
	}

	private void table(String key, String name, BusConfig bus, String origin) {
		if (name == null) {
			throw new MissingBusResourceException(key, null,
					"The bus configuration from " + origin + " has no " + key + " table name", null);
		}
		check(key, "DynamoDB table", name, bus, origin, dynamo,
				() -> AwsCalls.await(
						dynamo.describeTable(b -> b.tableName(name).overrideConfiguration(AwsCalls.timeout(timeout))),
						timeout, AwsOperation.dynamo("DescribeTable", name), () -> "DescribeTable " + name));
	}

	private void check(String key, String kind, String name, BusConfig bus, String origin, SdkClient client,
			Runnable call) {
		try {
			call.run();
		}
		catch (AwsCallException ex) {
			String code = ex.errorCode();
			String where = " in region " + bus.region() + " (" + key + " from " + origin + ")";
			if ("ResourceNotFoundException".equals(code) || "NoSuchBucket".equals(code) || "NotFound".equals(code)
					|| isNotFound(ex)) {
				throw new MissingBusResourceException(key, name, "The " + kind + " '" + name + "' does not exist"
						+ where + ". Check the bus name, the secret and the region.", ex);
			}
			if (ex.isAccessDenied()) {
				throw new MissingBusResourceException(key, name,
						"Access denied checking the " + kind + " '" + name + "'" + where + ": " + ex.getMessage(), ex);
			}
			if ("Timeout".equals(code)) {
				throw new MissingBusResourceException(key, name, "Checking the " + kind + " '" + name + "'" + where
						+ " timed out: no answer from " + endpoint(client) + " within " + timeout.toMillis()
						+ " ms, retries included (the bound is "
						+ (timeoutSetting != null ? timeoutSetting : "the call timeout") + "). " + ex.getMessage(), ex);
			}
			if (ex.isTransient()) {
				Integer attempts = AwsCalls.attempts(ex);
				throw new MissingBusResourceException(key, name,
						"Checking the " + kind + " '" + name + "'" + where + " failed with a transient AWS failure"
								+ (attempts == null ? "" : " after " + attempts + " attempts") + " (" + ex.getMessage()
								+ "). Whether it exists is not known; this is "
								+ "not a configuration problem: start-up may be retried.",
						ex);
			}
			throw new MissingBusResourceException(key, name,
					"Could not check the " + kind + " '" + name + "'" + where + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The endpoint override, if the client has one: the usual cause of a check that never
	 * answers.
	 */
	private static String endpoint(SdkClient client) {
		try {
			return client.serviceClientConfiguration()
				.endpointOverride()
				.map(URI::toString)
				.orElse("the AWS endpoint of the region");
		}
		catch (RuntimeException ex) {
			// clients not built by the SDK's builders do not have to describe their
			// configuration
			return "the " + client.serviceName() + " endpoint";
		}
	}

	private static boolean isNotFound(AwsCallException ex) {
		return ex.getCause() instanceof AwsServiceException ase && ase.statusCode() == 404;
	}

}
