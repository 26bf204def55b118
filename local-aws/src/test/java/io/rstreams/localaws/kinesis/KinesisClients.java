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
package io.rstreams.localaws.kinesis;

import java.util.function.Supplier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.rstreams.localaws.LocalAwsServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The AWS SDK's Kinesis clients in either encoding. The SDK decides between CBOR and JSON
 * when a client is built, from the system property {@code aws.cborEnabled}, so the
 * property is set only while a JSON client is built; every client records the content
 * types it sent, so a test can prove which encoding it spoke.
 */
final class KinesisClients {

	private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create("local", "local"));

	private static final String CBOR_PROPERTY = "aws.cborEnabled";

	private KinesisClients() {
	}

	/** The content types a client sent, in order. */
	static final class SentContentTypes implements ExecutionInterceptor {

		final List<String> types = new CopyOnWriteArrayList<>();

		@Override
		public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
			types.add(context.httpRequest().firstMatchingHeader("Content-Type").orElse("none"));
		}

	}

	static KinesisClient sync(LocalAwsServer server, WireFormat format, SentContentTypes sent) {
		return build(format,
				() -> KinesisClient.builder()
					.endpointOverride(server.endpoint())
					.region(Region.US_EAST_1)
					.credentialsProvider(CREDENTIALS)
					.httpClient(UrlConnectionHttpClient.create())
					.overrideConfiguration(o -> o.addExecutionInterceptor(sent).retryStrategy(r -> r.maxAttempts(1)))
					.build());
	}

	/** An async client on HTTP/1.1 (the SDK's HTTP/2 default for Kinesis needs TLS). */
	static KinesisAsyncClient async(LocalAwsServer server, WireFormat format) {
		return build(format,
				() -> KinesisAsyncClient.builder()
					.endpointOverride(server.endpoint())
					.region(Region.US_EAST_1)
					.credentialsProvider(CREDENTIALS)
					.httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1))
					.build());
	}

	private static synchronized <T> T build(WireFormat format, Supplier<T> builder) {
		String before = System.getProperty(CBOR_PROPERTY);
		System.setProperty(CBOR_PROPERTY, Boolean.toString(format == WireFormat.CBOR));
		try {
			return builder.get();
		}
		finally {
			if (before == null) {
				System.clearProperty(CBOR_PROPERTY);
			}
			else {
				System.setProperty(CBOR_PROPERTY, before);
			}
		}
	}

	/** A clock the test moves by hand. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
