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
import java.nio.file.Path;
import java.util.Locale;

/**
 * The command line of {@link LocalBusMain}: {@code --port}, {@code --name},
 * {@code --kinesis-endpoint}, {@code --s3-directory}, {@code --console-port},
 * {@code --no-console} and {@code --help}. Both {@code --flag value} and
 * {@code --flag=value} are accepted.
 *
 * @param help true when only the usage was asked for
 * @param console whether the bus console is served (default true)
 * @param consolePort the console's loopback port (0: a free one)
 */
public record LocalBusArguments(LocalBusOptions options, boolean help, boolean console, int consolePort) {

	public static final String USAGE = """
			Starts a standalone RStreams local bus: the bus tables (DynamoDB API), its bucket (S3 API) and its Kinesis
			stream (Kinesis API) on one loopback port, and the bus processor, which stores what is put to the stream.
			Prints the endpoints and the environment a Node bot or another JVM needs. Ctrl-C stops it.

			  --port N                loopback port of the DynamoDB, S3 and Kinesis API (default 0: a free port)
			  --name NAME             bus name; resources are NAME-LeoStream, ... (default LocalBus)
			  --kinesis-endpoint URL  use the stream NAME-LeoKinesisStream at this Kinesis API instead (polled, created
			                          if absent; e.g. http://127.0.0.1:4568 for kinesis-local)
			  --s3-directory DIR      keep the bucket's objects as files under DIR (default: in memory)
			  --console-port N        loopback port of the bus console, a web page of the bus's bots, queues, lag and
			                          events (default 0: a free port)
			  --no-console            do not serve the bus console
			  --help                  this text
			""";

	/**
	 * @throws IllegalArgumentException naming the argument that is wrong
	 */
	public static LocalBusArguments parse(String... args) {
		LocalBusOptions options = LocalBusOptions.defaults();
		boolean console = true;
		int consolePort = 0;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				return new LocalBusArguments(options, true, console, consolePort);
			}
			if (arg.equals("--no-console")) {
				console = false;
				continue;
			}
			String flag = arg;
			String value;
			int eq = arg.indexOf('=');
			if (eq > 0) {
				flag = arg.substring(0, eq);
				value = arg.substring(eq + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException("Missing value after " + arg);
			}
			if (flag.equalsIgnoreCase("--console-port")) {
				consolePort = port("--console-port", value);
				continue;
			}
			options = switch (flag.toLowerCase(Locale.ROOT)) {
				case "--port" -> options.withPort(port("--port", value));
				case "--name" -> options.withName(value);
				case "--kinesis-endpoint" -> options.withKinesisEndpoint(endpoint(value));
				case "--s3-directory" -> options.withS3Directory(Path.of(value));
				default -> throw new IllegalArgumentException("Unknown argument " + flag);
			};
		}
		return new LocalBusArguments(options, false, console, consolePort);
	}

	private static int port(String flag, String value) {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below
		}
		throw new IllegalArgumentException(flag + " is 0 to 65535, got '" + value + "'");
	}

	private static URI endpoint(String value) {
		URI uri = null;
		try {
			uri = URI.create(value);
		}
		catch (IllegalArgumentException ignored) {
			// reported below
		}
		if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
				|| uri.getHost() == null) {
			throw new IllegalArgumentException(
					"--kinesis-endpoint is an http(s) URL such as http://127.0.0.1:4568, got '" + value + "'");
		}
		return uri;
	}
}
