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
package io.rstreams.localaws;

import com.sun.net.httpserver.HttpServer;
import io.rstreams.localaws.dynamodb.DynamoDbEngine;
import io.rstreams.localaws.dynamodb.DynamoDbHttpHandler;
import io.rstreams.localaws.kinesis.KinesisEngine;
import io.rstreams.localaws.kinesis.KinesisHttpHandler;
import io.rstreams.localaws.s3.S3HttpHandler;
import io.rstreams.localaws.s3.S3Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of the DynamoDB, S3 and Kinesis APIs an RStreams bus uses, served on one
 * 127.0.0.1 port from this JVM so that a local bus needs no AWS account, no Docker and no
 * emulator under a non-open-source licence. The real AWS SDKs work against
 * {@link #endpoint()} unchanged (S3 in path style, Kinesis in JSON or CBOR over
 * HTTP/1.1); signatures are not checked and any credentials and region are accepted. All
 * threads are daemons, so a server that is never closed does not keep the JVM alive.
 */
public final class LocalAwsServer implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(LocalAwsServer.class);

	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	static {
		// Without TCP_NODELAY, small request/response exchanges with the JDK server stall
		// on Nagle's algorithm meeting
		// delayed ACKs (about 40 ms each: under 200 requests per second instead of
		// thousands). The JDK server reads this
		// property once, when the first server of the JVM is created; an explicit setting
		// by the application wins.
		if (System.getProperty(NO_DELAY) == null) {
			System.setProperty(NO_DELAY, "true");
		}
	}

	/**
	 * How to start a server: port (0 picks a free one), S3 storage directory (none keeps
	 * objects in memory), threads.
	 */
	public static final class Options {

		private int port;

		private Path s3Directory;

		private int threads = 16;

		private Clock clock = Clock.systemUTC();

		private String region = "us-east-1";

		private long kinesisBytesPerShard = KinesisEngine.DEFAULT_BYTES_PER_SHARD;

		public static Options defaults() {
			return new Options();
		}

		/** The port to listen on; 0 (the default) picks a free port. */
		public Options port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Keep S3 objects as files under this directory (created if needed) instead of in
		 * memory.
		 */
		public Options s3Directory(Path directory) {
			this.s3Directory = directory;
			return this;
		}

		/** Threads serving requests (default 16). */
		public Options threads(int threads) {
			if (threads < 1) {
				throw new IllegalArgumentException("threads must be at least 1: " + threads);
			}
			this.threads = threads;
			return this;
		}

		/**
		 * The clock that gives Kinesis records their arrival time (default: the
		 * system's).
		 */
		public Options clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/** The region in Kinesis stream ARNs (default us-east-1). */
		public Options region(String region) {
			this.region = Objects.requireNonNull(region, "region");
			return this;
		}

		/**
		 * Kinesis data kept per shard before the oldest records are dropped (default 256
		 * MiB): the memory bound that stands in for Kinesis's retention period.
		 */
		public Options kinesisBytesPerShard(long bytes) {
			this.kinesisBytesPerShard = bytes;
			return this;
		}

		public int port() {
			return port;
		}

		public Clock clock() {
			return clock;
		}

		public String region() {
			return region;
		}

		public long kinesisBytesPerShard() {
			return kinesisBytesPerShard;
		}

		public Path s3Directory() {
			return s3Directory;
		}

		public int threads() {
			return threads;
		}

	}

	private final HttpServer server;

	private final ExecutorService executor;

	private final DynamoDbEngine dynamoDb;

	private final S3Store s3;

	private final KinesisEngine kinesis;

	private final URI endpoint;

	private LocalAwsServer(HttpServer server, ExecutorService executor, DynamoDbEngine dynamoDb, S3Store s3,
			KinesisEngine kinesis) {
		this.server = server;
		this.executor = executor;
		this.dynamoDb = dynamoDb;
		this.s3 = s3;
		this.kinesis = kinesis;
		this.endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/** Starts a server on 127.0.0.1, on a free port, keeping everything in memory. */
	public static LocalAwsServer start() {
		return start(Options.defaults());
	}

	public static LocalAwsServer start(Options options) {
		DynamoDbEngine dynamoDb = new DynamoDbEngine();
		S3Store s3 = options.s3Directory() == null ? S3Store.inMemory() : S3Store.inDirectory(options.s3Directory());
		KinesisEngine kinesis = new KinesisEngine(options.clock(), options.region(), options.kinesisBytesPerShard());
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 256);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + options.port(), e);
		}
		AtomicInteger counter = new AtomicInteger();
		ThreadPoolExecutor executor = new ThreadPoolExecutor(options.threads(), options.threads(), 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), runnable -> {
					Thread thread = new Thread(runnable, "local-aws-" + counter.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		executor.allowCoreThreadTimeOut(true);
		server.setExecutor(executor);
		server.createContext("/", new RequestRouter(new DynamoDbHttpHandler(dynamoDb), new S3HttpHandler(s3),
				new KinesisHttpHandler(kinesis)));
		startAsDaemon(server);
		LocalAwsServer started = new LocalAwsServer(server, executor, dynamoDb, s3, kinesis);
		LOG.info("Local AWS (DynamoDB, S3, Kinesis) listening on {}", started.endpoint);
		return started;
	}

	/**
	 * The JDK server's dispatcher thread inherits daemon status from the thread that
	 * starts it, so it is started from a daemon thread.
	 */
	private static void startAsDaemon(HttpServer server) {
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Thread starter = new Thread(() -> {
			try {
				server.start();
			}
			catch (RuntimeException e) {
				failure.set(e);
			}
		}, "local-aws-start");
		starter.setDaemon(true);
		starter.start();
		try {
			starter.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			server.stop(0);
			throw new IllegalStateException("Interrupted while starting the local AWS server", e);
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	/** {@code http://127.0.0.1:<port>}, for {@code endpointOverride} in the AWS SDKs. */
	public URI endpoint() {
		return endpoint;
	}

	public int port() {
		return endpoint.getPort();
	}

	/**
	 * The DynamoDB engine behind the endpoint, for direct in-process calls with the same
	 * semantics.
	 */
	public DynamoDbEngine dynamoDb() {
		return dynamoDb;
	}

	/** The S3 store behind the endpoint. */
	public S3Store s3() {
		return s3;
	}

	/**
	 * The Kinesis streams behind the endpoint, for in-process producers and consumers
	 * with the same records and semantics.
	 */
	public KinesisEngine kinesis() {
		return kinesis;
	}

	/**
	 * Stops listening and ends the server's threads without waiting for requests in
	 * progress.
	 */
	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
		LOG.info("Local AWS on {} stopped", endpoint);
	}

}
