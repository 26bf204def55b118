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

import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.firehose.FirehoseAsyncClientBuilder;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClientBuilder;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.ssm.SsmClientBuilder;

/**
 * Tunes the AWS clients the RStreams auto-configuration builds (HTTP settings, retry
 * policy, metrics, proxies). Declare beans of this type; every method has a no-op
 * default, override those you need. Clients you declare as beans yourself are used as
 * they are.
 */
public interface RStreamsClientCustomizer {

	default void customize(DynamoDbAsyncClientBuilder builder) {
	}

	default void customize(KinesisAsyncClientBuilder builder) {
	}

	default void customize(S3AsyncClientBuilder builder) {
	}

	default void customize(FirehoseAsyncClientBuilder builder) {
	}

	default void customize(SecretsManagerClientBuilder builder) {
	}

	default void customize(SsmClientBuilder builder) {
	}

}
