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
package io.rstreams.benchmarks.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.KinesisSdkTransport;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.aws.S3ObjectStore;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReaderSettings;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.client.write.WriterSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * AWS SDK v2 clients for the standalone bus, built the way the binder's
 * auto-configuration builds them (one Netty client on HTTP/1.1, endpoint overrides), for
 * the plain Java contenders and for the harness's own set-up (pre-filling queues,
 * counting what is stored).
 */
public final class BusClients implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final BusConfig config;

	private final SdkEventLoopGroup eventLoops;

	private final SdkAsyncHttpClient http;

	private final DynamoDbAsyncClient dynamo;

	private final S3AsyncClient s3;

	private final KinesisAsyncClient kinesis;

	public BusClients(BusEnvironment bus) {
		this.config = bus.config();
		this.eventLoops = SdkEventLoopGroup.builder().build();
		this.http = NettyNioAsyncHttpClient.builder()
			.protocol(Protocol.HTTP1_1)
			.maxConcurrency(64)
			.eventLoopGroup(eventLoops)
			.build();
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create(BusEnvironment.ACCESS_KEY, BusEnvironment.ACCESS_KEY));
		Region region = Region.of(config.region());
		this.dynamo = DynamoDbAsyncClient.builder()
			.endpointOverride(bus.dynamodb())
			.region(region)
			.credentialsProvider(credentials)
			.httpClient(http)
			.build();
		this.s3 = S3AsyncClient.builder()
			.endpointOverride(bus.s3())
			.region(region)
			.credentialsProvider(credentials)
			.httpClient(http)
			.forcePathStyle(true)
			.build();
		this.kinesis = KinesisAsyncClient.builder()
			.endpointOverride(bus.kinesis())
			.region(region)
			.credentialsProvider(credentials)
			.httpClient(http)
			.build();
	}

	public static BusClients fromSystem() {
		return new BusClients(BusEnvironment.fromSystem());
	}

	public BusConfig config() {
		return config;
	}

	public DynamoDbAsyncClient dynamo() {
		return dynamo;
	}

	public S3AsyncClient s3() {
		return s3;
	}

	public ObjectStore objectStore() {
		return new S3ObjectStore(s3, TIMEOUT);
	}

	public QueueReader reader() {
		return new QueueReader(dynamo, objectStore(), config, ReaderSettings.defaults());
	}

	/** A writer with the SDK's defaults, through the bus's Kinesis stream. */
	public QueueWriter writer(String botId) {
		return QueueWriter.builder()
			.bus(config)
			.kinesis(new KinesisSdkTransport(kinesis, TIMEOUT))
			.objectStore(objectStore())
			.botId(botId)
			.settings(WriterSettings.defaults())
			.build();
	}

	@Override
	public void close() {
		dynamo.close();
		s3.close();
		kinesis.close();
		http.close();
		eventLoops.eventLoopGroup().shutdownGracefully(0, 2, TimeUnit.SECONDS);
	}

}
