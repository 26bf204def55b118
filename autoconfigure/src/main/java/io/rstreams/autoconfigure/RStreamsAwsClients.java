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
package io.rstreams.autoconfigure;

import java.util.Objects;

import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.firehose.FirehoseAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * The AWS clients of the bus, held in one bean of a type of its own rather than as beans
 * of the SDK's types: an application that autowires a {@link DynamoDbAsyncClient} or an
 * {@link S3AsyncClient} for its own tables and buckets must not get the bus's (its
 * region, endpoint and credentials are the bus's), and the bus must not pick up the
 * application's. Declare a bean of this type to give the bus clients of your own.
 *
 * @param firehose the Firehose client, or {@code null} when the bus has no delivery
 * stream
 */
public record RStreamsAwsClients(DynamoDbAsyncClient dynamo, KinesisAsyncClient kinesis, S3AsyncClient s3,
		FirehoseAsyncClient firehose) implements AutoCloseable {

	public RStreamsAwsClients {
		Objects.requireNonNull(dynamo, "dynamo");
		Objects.requireNonNull(kinesis, "kinesis");
		Objects.requireNonNull(s3, "s3");
	}

	@Override
	public void close() {
		dynamo.close();
		kinesis.close();
		s3.close();
		if (firehose != null) {
			firehose.close();
		}
	}

}
