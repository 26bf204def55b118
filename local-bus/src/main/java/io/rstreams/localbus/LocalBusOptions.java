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
import java.time.Clock;
import java.util.Objects;

import io.rstreams.localbus.processor.ProcessorSettings;

/**
 * How to start a {@link LocalBus}.
 *
 * @param name the bus name; resource names are {@code <name>-LeoStream},
 * {@code <name>-LeoCron}, ...
 * @param port loopback port of the DynamoDB/S3 endpoint (0: any free port)
 * @param s3Directory keep S3 objects as files under this directory ({@code null}: in
 * memory)
 * @param processor the processor's settings
 * @param clock the bus's clock
 * @param kinesisEndpoint a Kinesis API (kinesis-local, LocalStack) whose stream
 * {@code <name>-LeoKinesisStream} the bus polls, creating it if absent ({@code null}: the
 * stream is served on the bus's own endpoint)
 */
public record LocalBusOptions(String name, int port, Path s3Directory, ProcessorSettings processor, Clock clock,
		URI kinesisEndpoint) {

	public LocalBusOptions {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(processor, "processor");
		Objects.requireNonNull(clock, "clock");
		if (!name.matches("[A-Za-z][A-Za-z0-9-]{1,40}")) {
			throw new IllegalArgumentException("A local bus name is letters, digits and '-' (got '" + name + "')");
		}
	}

	public LocalBusOptions(String name, int port, Path s3Directory, ProcessorSettings processor, Clock clock) {
		this(name, port, s3Directory, processor, clock, null);
	}

	public static LocalBusOptions defaults() {
		return new LocalBusOptions("LocalBus", 0, null, ProcessorSettings.defaults(), Clock.systemUTC(), null);
	}

	public LocalBusOptions withName(String newName) {
		return new LocalBusOptions(newName, port, s3Directory, processor, clock, kinesisEndpoint);
	}

	public LocalBusOptions withPort(int newPort) {
		return new LocalBusOptions(name, newPort, s3Directory, processor, clock, kinesisEndpoint);
	}

	public LocalBusOptions withS3Directory(Path dir) {
		return new LocalBusOptions(name, port, dir, processor, clock, kinesisEndpoint);
	}

	public LocalBusOptions withProcessor(ProcessorSettings settings) {
		return new LocalBusOptions(name, port, s3Directory, settings, clock, kinesisEndpoint);
	}

	/**
	 * Also feed the bus from this Kinesis API's stream {@code <name>-LeoKinesisStream}
	 * (created if absent).
	 */
	public LocalBusOptions withKinesisEndpoint(URI endpoint) {
		return new LocalBusOptions(name, port, s3Directory, processor, clock, endpoint);
	}
}
