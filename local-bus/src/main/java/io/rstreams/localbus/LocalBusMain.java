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
import java.util.concurrent.CountDownLatch;

import io.rstreams.client.BusConfig;
import io.rstreams.console.ConsoleServer;

/**
 * A local bus as its own process, for Node bots and other JVMs to share (README
 * "Standalone local bus"): it prints what a bot needs to join (endpoints,
 * {@code RSTREAMS_CONFIG}, the environment of a binder application and of a Node bot) and
 * runs until Ctrl-C, when a shutdown hook stops the feed, the processor and the endpoint.
 *
 * <p>
 * Other processes write through Kinesis (protocol.md 1): by default to the Kinesis API on
 * the bus's own port, which feeds the processor; with {@code --kinesis-endpoint} to that
 * Kinesis API, which the bus polls.
 */
public final class LocalBusMain {

	/** The last line printed once the bus is up, for scripts that wait for it. */
	static final String READY = "Ready.";

	private LocalBusMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		LocalBusArguments arguments;
		try {
			arguments = LocalBusArguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(LocalBusArguments.USAGE);
			System.exit(2);
			return;
		}
		if (arguments.help()) {
			System.out.print(LocalBusArguments.USAGE);
			return;
		}
		quietLogging();
		LocalBus bus = LocalBus.start(arguments.options());
		ConsoleServer console = arguments.console() ? LocalBusConsole.start(bus, arguments.consolePort()) : null;
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (console != null) {
				console.close();
			}
			bus.close();
			System.out.println("RStreams local bus '" + arguments.options().name() + "' stopped.");
			stopped.countDown();
		}, "rstreams-local-bus-shutdown"));
		System.out.print(describe(bus, console == null ? null : console.url()));
		System.out.flush();
		stopped.await();
	}

	/** What a bot needs to join {@code bus}. */
	static String describe(LocalBus bus) {
		return describe(bus, null);
	}

	/** What a bot needs to join {@code bus}, and where its console is (when served). */
	static String describe(LocalBus bus, URI console) {
		BusConfig c = bus.config();
		URI endpoint = bus.endpoint();
		URI kinesis = bus.kinesisEndpoint();
		String credentials = "AWS_ACCESS_KEY_ID=" + LocalBus.ACCESS_KEY + " AWS_SECRET_ACCESS_KEY="
				+ LocalBus.SECRET_KEY + " AWS_REGION=" + c.region();
		StringBuilder out = new StringBuilder();
		out.append("RStreams local bus '").append(bus.options().name()).append("' is running. Ctrl-C stops it.\n\n");
		out.append("  DynamoDB endpoint  ").append(endpoint).append('\n');
		out.append("  S3 endpoint        ")
			.append(endpoint)
			.append("  (path-style; bucket ")
			.append(c.leoS3())
			.append(")\n");
		out.append("  Kinesis endpoint   ").append(kinesis).append("  (stream ").append(c.leoKinesisStream());
		if (bus.options().kinesisEndpoint() != null) {
			out.append(", on that Kinesis API, polled by this bus)\n");
		}
		else {
			out.append(", served and processed by this bus; JSON or CBOR over HTTP/1.1)\n");
		}
		out.append("  Region ")
			.append(c.region())
			.append("; any credentials are accepted (e.g. ")
			.append(LocalBus.ACCESS_KEY)
			.append('/')
			.append(LocalBus.SECRET_KEY)
			.append(")\n");
		if (console != null) {
			out.append("  Console            ")
				.append(console)
				.append("  (bots, queues, lag, events, traces; read-only)\n");
		}
		out.append('\n');
		out.append("RSTREAMS_CONFIG='").append(bus.rstreamsConfigJson()).append("'\n\n");
		out.append(
				"A Spring Cloud Stream application joins with this environment (the binder reads RSTREAMS_CONFIG):\n");
		out.append("  export RSTREAMS_CONFIG='").append(bus.rstreamsConfigJson()).append("'\n");
		out.append("  export SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_DYNAMODB=").append(endpoint).append('\n');
		out.append("  export SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_S3=").append(endpoint).append('\n');
		out.append("  export SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_KINESIS=").append(kinesis).append('\n');
		out.append("  export ").append(credentials).append("\n\n");
		out.append("A Node bot (leo-sdk 6.x on aws-sdk v2) joins with this environment and the few lines of README\n"
				+ "\"Node bots on a local bus\", which hand these endpoints to the SDK:\n");
		out.append("  export RSTREAMS_CONFIG='").append(bus.rstreamsConfigJson()).append("'\n");
		out.append("  export RSTREAMS_DYNAMODB_ENDPOINT=").append(endpoint).append('\n');
		out.append("  export RSTREAMS_S3_ENDPOINT=").append(endpoint).append('\n');
		out.append("  export RSTREAMS_KINESIS_ENDPOINT=").append(kinesis).append('\n');
		out.append("  export ").append(credentials).append("\n\n");
		out.append(READY).append('\n');
		return out.toString();
	}

	/**
	 * Keeps the AWS SDK and Netty quiet when slf4j-simple is the logger (as in the
	 * standalone jar).
	 */
	private static void quietLogging() {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
				System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
		System.setProperty("org.slf4j.simpleLogger.log.io.rstreams", "info");
		System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
	}

}
