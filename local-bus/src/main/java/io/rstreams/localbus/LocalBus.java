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
package io.rstreams.localbus;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.aws.S3ObjectStore;
import io.rstreams.client.bot.BotRegistry;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReaderSettings;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.client.write.WriterSettings;
import io.rstreams.localaws.LocalAwsServer;
import io.rstreams.localbus.kinesis.KinesisFeed;
import io.rstreams.localbus.kinesis.KinesisPollerSettings;
import io.rstreams.localbus.kinesis.LocalStreamFeed;
import io.rstreams.localbus.processor.BusProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * An RStreams bus in this JVM: a DynamoDB, S3 and Kinesis API on a loopback port
 * ({@link LocalAwsServer}), the bus tables created with the bus's keys (protocol.md 2),
 * the events bucket, the bus's Kinesis stream, and the bus processor. Writers in this JVM
 * get an in-process Kinesis transport whose records go to the processor byte for byte as
 * they would through Kinesis; writers in other processes (Node bots, other JVMs) put to
 * the stream on the bus's own endpoint, which feeds the processor
 * ({@link LocalStreamFeed}), or, with {@link LocalBusOptions#kinesisEndpoint()}, to a
 * Kinesis API the bus polls instead. Readers, checkpoints and registrations use the
 * ordinary client against the local DynamoDB and S3 endpoint, so everything but the
 * Kinesis hop is the production code path.
 *
 * <p>
 * Start with {@link #start()}, close to stop. Nothing here talks to AWS.
 */
public final class LocalBus implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalBus.class);

	/**
	 * Credentials the local endpoint accepts (any are accepted; these say what they are).
	 */
	public static final String ACCESS_KEY = "local";

	public static final String SECRET_KEY = "local";

	public static final String REGION = "us-east-1";

	private final LocalBusOptions options;

	private final LocalAwsServer server;

	private final BusConfig config;

	private final SdkAsyncHttpClient http;

	private final SdkEventLoopGroup eventLoops;

	private final DynamoDbAsyncClient dynamo;

	private final S3AsyncClient s3Client;

	private final ObjectStore objectStore;

	private final BusProcessor processor;

	private final InProcessKinesis kinesis;

	private KinesisFeed kinesisFeed;

	private LocalStreamFeed localStreamFeed;

	private final Duration timeout = Duration.ofSeconds(30);

	private LocalBus(LocalBusOptions options) {
		this.options = options;
		long started = System.nanoTime();
		LocalAwsServer.Options serverOptions = LocalAwsServer.Options.defaults()
			.port(options.port())
			.clock(options.clock())
			.region(REGION);
		if (options.s3Directory() != null) {
			serverOptions.s3Directory(options.s3Directory());
		}
		this.server = LocalAwsServer.start(serverOptions);
		String name = options.name();
		this.config = new BusConfig(REGION, name + "-LeoStream", name + "-LeoCron", name + "-LeoEvent",
				name + "-LeoSettings", name + "-LeoSystem", name.toLowerCase(Locale.ROOT) + "-leos3",
				name + "-LeoKinesisStream", name + "-LeoFirehoseStream");
		this.eventLoops = SdkEventLoopGroup.builder().build();
		this.http = NettyNioAsyncHttpClient.builder().maxConcurrency(64).eventLoopGroup(eventLoops).build();
		URI endpoint = server.endpoint();
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
		this.dynamo = DynamoDbAsyncClient.builder()
			.endpointOverride(endpoint)
			.region(Region.of(REGION))
			.credentialsProvider(credentials)
			.httpClient(http)
			.build();
		this.s3Client = S3AsyncClient.builder()
			.endpointOverride(endpoint)
			.region(Region.of(REGION))
			.credentialsProvider(credentials)
			.httpClient(http)
			.forcePathStyle(true)
			.build();
		this.objectStore = new S3ObjectStore(s3Client, timeout);
		new BusInfrastructure(dynamo, s3Client, timeout).create(config);
		this.processor = new BusProcessor(dynamo, objectStore, config, options.processor());
		this.kinesis = new InProcessKinesis(processor, config.leoKinesisStream(), options.clock());
		try {
			if (options.kinesisEndpoint() != null) {
				this.kinesisFeed = KinesisFeed.start(options.kinesisEndpoint(), REGION, credentials,
						config.leoKinesisStream(), processor, KinesisPollerSettings.defaults());
			}
			else {
				this.localStreamFeed = LocalStreamFeed.start(server.kinesis(), config.leoKinesisStream(),
						processor::process, KinesisPollerSettings.defaults());
			}
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
		log.info("RStreams local bus '{}' started in {} ms: DynamoDB and S3 at {}, Kinesis stream '{}' {}", name,
				(System.nanoTime() - started) / 1_000_000, endpoint, config.leoKinesisStream(),
				kinesisFeed == null ? "at " + endpoint : "polled at " + options.kinesisEndpoint());
	}

	/** Starts a bus named {@code LocalBus} on a free port. */
	public static LocalBus start() {
		return start(LocalBusOptions.defaults());
	}

	public static LocalBus start(LocalBusOptions options) {
		return new LocalBus(Objects.requireNonNull(options, "options"));
	}

	/** The bus's resource names, as a bus secret would hold them. */
	public BusConfig config() {
		return config;
	}

	/**
	 * The loopback endpoint serving the DynamoDB and S3 APIs, and the Kinesis API unless
	 * the bus polls another one.
	 */
	public URI endpoint() {
		return server.endpoint();
	}

	/**
	 * Where other processes put to the bus's stream: the Kinesis API the bus polls
	 * ({@link LocalBusOptions#kinesisEndpoint()}), or else the bus's own endpoint.
	 */
	public URI kinesisEndpoint() {
		return options.kinesisEndpoint() != null ? options.kinesisEndpoint() : server.endpoint();
	}

	public LocalAwsServer server() {
		return server;
	}

	public DynamoDbAsyncClient dynamo() {
		return dynamo;
	}

	public S3AsyncClient s3() {
		return s3Client;
	}

	public ObjectStore objectStore() {
		return objectStore;
	}

	/** The in-process Kinesis transport that feeds this bus's processor. */
	public InProcessKinesis kinesis() {
		return kinesis;
	}

	/**
	 * The Kinesis API this bus polls ({@link LocalBusOptions#kinesisEndpoint()}), if any.
	 */
	public Optional<KinesisFeed> kinesisFeed() {
		return Optional.ofNullable(kinesisFeed);
	}

	/**
	 * What feeds the processor from the stream on the bus's own endpoint; empty when the
	 * bus polls another Kinesis API instead.
	 */
	public Optional<LocalStreamFeed> localStreamFeed() {
		return Optional.ofNullable(localStreamFeed);
	}

	public BusProcessor processor() {
		return processor;
	}

	public LocalBusOptions options() {
		return options;
	}

	/** A reader of this bus. */
	public QueueReader reader() {
		return new QueueReader(dynamo, objectStore, config, ReaderSettings.defaults().withClock(options.clock()));
	}

	/** A writer for {@code botId} (Kinesis mode, SDK defaults). Close it when done. */
	public QueueWriter writer(String botId) {
		return writer(botId, WriterSettings.defaults());
	}

	public QueueWriter writer(String botId, WriterSettings settings) {
		return QueueWriter.builder()
			.bus(config)
			.kinesis(kinesis)
			.objectStore(objectStore)
			.botId(botId)
			.settings(settings)
			.clock(options.clock())
			.build();
	}

	public Checkpointer checkpointer() {
		return new Checkpointer(dynamo, config, timeout);
	}

	public BotRegistry botRegistry() {
		return new BotRegistry(dynamo, config, timeout);
	}

	/**
	 * The {@code RSTREAMS_CONFIG} JSON a Node bot (or another JVM) needs to join this
	 * bus.
	 */
	public String rstreamsConfigJson() {
		return config.toJson();
	}

	@Override
	public void close() {
		if (kinesisFeed != null) {
			kinesisFeed.close();
		}
		if (localStreamFeed != null) {
			localStreamFeed.close();
		}
		kinesis.close();
		dynamo.close();
		s3Client.close();
		http.close();
		eventLoops.eventLoopGroup().shutdownGracefully(0, 5, TimeUnit.SECONDS);
		server.close();
		log.info("RStreams local bus '{}' stopped", options.name());
	}

}
