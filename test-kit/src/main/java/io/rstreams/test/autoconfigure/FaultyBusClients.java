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
package io.rstreams.test.autoconfigure;

import java.time.Duration;

import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.faults.FaultInjector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * The bot's own DynamoDB and S3 clients for the embedded bus, their HTTP through a
 * {@link FaultInjector}; not the bus's clients, which the test kit's reads and writes
 * keep using.
 */
final class FaultyBusClients implements AutoCloseable {

	private final SdkAsyncHttpClient http;

	private final DynamoDbAsyncClient dynamo;

	private final S3AsyncClient s3;

	FaultyBusClients(LocalBus bus, FaultInjector faults, Duration attemptTimeout) {
		this.http = faults.httpClient(NettyNioAsyncHttpClient.builder().maxConcurrency(32).build());
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create(LocalBus.ACCESS_KEY, LocalBus.SECRET_KEY));
		this.dynamo = DynamoDbAsyncClient.builder()
			.endpointOverride(bus.endpoint())
			.region(Region.of(LocalBus.REGION))
			.credentialsProvider(credentials)
			.httpClient(http)
			.overrideConfiguration(c -> c.apiCallAttemptTimeout(attemptTimeout))
			.build();
		this.s3 = S3AsyncClient.builder()
			.endpointOverride(bus.endpoint())
			.region(Region.of(LocalBus.REGION))
			.credentialsProvider(credentials)
			.httpClient(http)
			.forcePathStyle(true)
			.overrideConfiguration(c -> c.apiCallAttemptTimeout(attemptTimeout))
			.build();
	}

	DynamoDbAsyncClient dynamo() {
		return dynamo;
	}

	S3AsyncClient s3() {
		return s3;
	}

	@Override
	public void close() {
		dynamo.close();
		s3.close();
		http.close();
	}

}
