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

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.firehose.FirehoseAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Builds the AWS clients: region from the resolved bus (or the override), credentials
 * from an {@link AwsCredentialsProvider} bean, else the {@link AwsConnectionDefaults},
 * else the AWS SDK's default chain, an endpoint override per service (else the defaults'
 * common endpoint), then the {@link RStreamsClientCustomizer}s. The async clients share
 * one Netty HTTP client on HTTP/1.1 (Kinesis PutRecords needs nothing more, and local
 * Kinesis APIs speak nothing else).
 *
 * <p>
 * The sync clients (Secrets Manager, SSM: start-up only) are bounded by the call timeout
 * as a whole, retries included, and so is each attempt and each socket wait: the SDK's
 * defaults (a 30 s read timeout, four attempts) let an endpoint that accepts connections
 * and never answers hold start-up for two minutes. The async clients need no such
 * default: every binder call sends its own timeout.
 */
final class AwsClientFactory implements AutoCloseable {

	private final RStreamsBusProperties.Endpoints endpoints;

	private final Duration callTimeout;

	private final AwsCredentialsProvider credentials;

	private final List<RStreamsClientCustomizer> customizers;

	private final AwsConnectionDefaults defaults;

	private SdkAsyncHttpClient http;

	private SdkEventLoopGroup eventLoops;

	AwsClientFactory(RStreamsBusProperties.Endpoints endpoints, Duration callTimeout,
			AwsCredentialsProvider credentials, List<RStreamsClientCustomizer> customizers,
			AwsConnectionDefaults defaults) {
		this.endpoints = endpoints;
		this.callTimeout = callTimeout;
		this.defaults = defaults;
		this.credentials = credentials != null ? credentials : defaults.credentials() != null ? defaults.credentials()
				: DefaultCredentialsProvider.builder().build();
		this.customizers = customizers;
	}

	/** One Netty client for all async AWS clients: one event loop group, one shutdown. */
	private synchronized SdkAsyncHttpClient http() {
		if (http == null) {
			eventLoops = SdkEventLoopGroup.builder().build();
			http = NettyNioAsyncHttpClient.builder()
				.protocol(Protocol.HTTP1_1)
				.maxConcurrency(128)
				.eventLoopGroup(eventLoops)
				.build();
		}
		return http;
	}

	/**
	 * Closes the shared HTTP client; its event loops stop at once (the clients using them
	 * are closed before).
	 */
	@Override
	public synchronized void close() {
		if (http != null) {
			http.close();
			eventLoops.eventLoopGroup().shutdownGracefully(0, 5, TimeUnit.SECONDS);
			http = null;
		}
	}

	/**
	 * The region to resolve the bus in when none is configured: the connection defaults',
	 * else the AWS SDK's default chain (AWS_REGION, profile, instance metadata).
	 */
	String defaultRegion() {
		return defaults.region() != null ? defaults.region()
				: DefaultAwsRegionProviderChain.builder().build().getRegion().id();
	}

	private <B extends AwsClientBuilder<B, ?>> B common(B builder, String region, URI configured) {
		builder.region(Region.of(region)).credentialsProvider(credentials);
		URI endpoint = defaults.endpoint(configured);
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		return builder;
	}

	DynamoDbAsyncClient dynamo(String region) {
		var b = common(DynamoDbAsyncClient.builder(), region, endpoints.getDynamodb()).httpClient(http());
		customizers.forEach(c -> c.customize(b));
		return b.build();
	}

	KinesisAsyncClient kinesis(String region) {
		var b = common(KinesisAsyncClient.builder(), region, endpoints.getKinesis()).httpClient(http());
		customizers.forEach(c -> c.customize(b));
		return b.build();
	}

	S3AsyncClient s3(String region) {
		var b = common(S3AsyncClient.builder(), region, endpoints.getS3()).httpClient(http());
		if (defaults.endpoint(endpoints.getS3()) != null) {
			b.forcePathStyle(true);
		}
		customizers.forEach(c -> c.customize(b));
		return b.build();
	}

	FirehoseAsyncClient firehose(String region) {
		var b = common(FirehoseAsyncClient.builder(), region, endpoints.getFirehose()).httpClient(http());
		customizers.forEach(c -> c.customize(b));
		return b.build();
	}

	SecretsManagerClient secretsManager(String region) {
		var b = common(SecretsManagerClient.builder(), region, endpoints.getSecretsmanager())
			.httpClientBuilder(boundedHttp())
			.overrideConfiguration(bounded());
		customizers.forEach(c -> c.customize(b));
		return b.build();
	}

	SsmClient ssm(String region) {
		var b = common(SsmClient.builder(), region, endpoints.getSsm()).httpClientBuilder(boundedHttp())
			.overrideConfiguration(bounded());
		customizers.forEach(c -> c.customize(b));
		return b.build();
	}

	/** No connect or read waits longer than the whole call may take. */
	private UrlConnectionHttpClient.Builder boundedHttp() {
		return UrlConnectionHttpClient.builder().connectionTimeout(callTimeout).socketTimeout(callTimeout);
	}

	/**
	 * The whole call, retries included, within call-timeout. An attempt may use all of
	 * it: retries are for quick failures (throttling, 5xx), and one that hangs leaves no
	 * time for another. The retry strategy stays the SDK's, so that AWS_RETRY_MODE and
	 * the profile's retry_mode apply.
	 */
	private ClientOverrideConfiguration bounded() {
		return ClientOverrideConfiguration.builder()
			.apiCallTimeout(callTimeout)
			.apiCallAttemptTimeout(callTimeout)
			.build();
	}

}
