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
package io.rstreams.localbus.kinesis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.KinesisSdkTransport;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.localbus.processor.BusProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.waiters.KinesisAsyncWaiter;

/**
 * The local bus's Kinesis stream on a real Kinesis API: a client for the endpoint
 * (HTTP/1.1, which is all local Kinesis emulators speak), the stream created with one
 * shard if it does not exist yet (it is the local bus's own stream; the bus's default is
 * one shard, protocol.md 2), and a {@link KinesisPoller} feeding the bus processor.
 */
public final class KinesisFeed implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KinesisFeed.class);

	private final URI endpoint;

	private final KinesisAsyncClient kinesis;

	private final SdkEventLoopGroup ownEventLoops;

	private final KinesisPoller poller;

	private final Duration timeout;

	private KinesisFeed(URI endpoint, KinesisAsyncClient kinesis, SdkEventLoopGroup ownEventLoops, KinesisPoller poller,
			Duration timeout) {
		this.endpoint = endpoint;
		this.kinesis = kinesis;
		this.ownEventLoops = ownEventLoops;
		this.poller = poller;
		this.timeout = timeout;
	}

	/**
	 * Connects to {@code endpoint}, creates {@code streamName} if absent, waits until it
	 * is ACTIVE and starts polling it into {@code processor}.
	 */
	public static KinesisFeed start(URI endpoint, String region, AwsCredentialsProvider credentials, String streamName,
			BusProcessor processor, KinesisPollerSettings settings) {
		SdkEventLoopGroup eventLoops = SdkEventLoopGroup.builder().numberOfThreads(2).build();
		KinesisAsyncClient client = client(endpoint, region, credentials, eventLoops);
		try {
			return start(endpoint, client, eventLoops, streamName, processor, settings);
		}
		catch (RuntimeException ex) {
			close(client, eventLoops);
			throw ex;
		}
	}

	/**
	 * As
	 * {@link #start(URI, String, AwsCredentialsProvider, String, BusProcessor, KinesisPollerSettings)},
	 * with a client the caller owns (and closes).
	 */
	public static KinesisFeed start(KinesisAsyncClient client, String streamName, BusProcessor processor,
			KinesisPollerSettings settings) {
		return start(null, client, null, streamName, processor, settings);
	}

	private static KinesisFeed start(URI endpoint, KinesisAsyncClient client, SdkEventLoopGroup eventLoops,
			String streamName, BusProcessor processor, KinesisPollerSettings settings) {
		ensureStream(client, streamName, settings.callTimeout());
		KinesisPoller poller = new KinesisPoller(client, streamName, processor, settings).start();
		return new KinesisFeed(endpoint, client, eventLoops, poller, settings.callTimeout());
	}

	/**
	 * A Kinesis client for a local endpoint: HTTP/1.1 (local emulators do not speak
	 * HTTP/2).
	 */
	public static KinesisAsyncClient client(URI endpoint, String region, AwsCredentialsProvider credentials) {
		return client(endpoint, region, credentials, null);
	}

	private static KinesisAsyncClient client(URI endpoint, String region, AwsCredentialsProvider credentials,
			SdkEventLoopGroup eventLoops) {
		Objects.requireNonNull(endpoint, "endpoint");
		NettyNioAsyncHttpClient.Builder http = NettyNioAsyncHttpClient.builder()
			.protocol(Protocol.HTTP1_1)
			.maxConcurrency(32);
		if (eventLoops != null) {
			http.eventLoopGroup(eventLoops);
		}
		return KinesisAsyncClient.builder()
			.endpointOverride(endpoint)
			.region(Region.of(region))
			.credentialsProvider(credentials)
			.httpClientBuilder(http)
			.build();
	}

	/**
	 * Closes the client and its event loops at once (the SDK's own would keep them two
	 * seconds more).
	 */
	private static void close(KinesisAsyncClient client, SdkEventLoopGroup eventLoops) {
		client.close();
		if (eventLoops != null) {
			eventLoops.eventLoopGroup().shutdownGracefully(0, 5, TimeUnit.SECONDS);
		}
	}

	/**
	 * Creates the stream with one shard unless it exists, then waits until it is ACTIVE.
	 */
	public static void ensureStream(KinesisAsyncClient client, String streamName, Duration timeout) {
		try {
			AwsCalls.await(client.createStream(
					b -> b.streamName(streamName).shardCount(1).overrideConfiguration(AwsCalls.timeout(timeout))),
					timeout, () -> "CreateStream " + streamName);
			log.info("Created Kinesis stream '{}' (1 shard)", streamName);
		}
		catch (AwsCallException ex) {
			if (!"ResourceInUseException".equals(ex.errorCode())) {
				throw ex;
			}
		}
		WaiterOverrideConfiguration waiting = WaiterOverrideConfiguration.builder()
			.backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(100)))
			.waitTimeout(timeout)
			.build();
		try (KinesisAsyncWaiter waiter = KinesisAsyncWaiter.builder()
			.client(client)
			.overrideConfiguration(waiting)
			.build()) {
			AwsCalls
				.await(waiter.waitUntilStreamExists(b -> b.streamName(streamName)), timeout,
						() -> "Waiting for Kinesis stream '" + streamName + "' to be ACTIVE")
				.matched()
				.exception()
				.ifPresent(failure -> {
					throw AwsCalls.translate(failure, () -> "Waiting for Kinesis stream '" + streamName + "'");
				});
		}
	}

	/** The endpoint polled, or {@code null} when the client was given. */
	public URI endpoint() {
		return endpoint;
	}

	public KinesisAsyncClient client() {
		return kinesis;
	}

	public KinesisPoller poller() {
		return poller;
	}

	/**
	 * A transport that writes through this Kinesis stream (the real write path), for
	 * {@code QueueWriter}s.
	 */
	public KinesisTransport transport() {
		return new KinesisSdkTransport(kinesis, timeout);
	}

	@Override
	public void close() {
		poller.close();
		if (ownEventLoops != null) {
			close(kinesis, ownEventLoops);
		}
	}

}
