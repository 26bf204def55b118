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
package io.rstreams.interop.support;

import java.net.URI;

/**
 * kinesis-local, started once per test run (see {@link NodeServer#kinesisLocal()}): the
 * Kinesis API the interop tests' buses poll.
 */
public final class KinesisLocal implements AutoCloseable {

	private final NodeServer server;

	private KinesisLocal(NodeServer server) {
		this.server = server;
	}

	public static KinesisLocal start() {
		return new KinesisLocal(NodeServer.kinesisLocal());
	}

	/** The plain HTTP endpoint on loopback. */
	public URI endpoint() {
		return server.endpoint();
	}

	/** What kinesis-local printed so far (for failure messages). */
	public String output() {
		return server.output();
	}

	@Override
	public void close() {
		server.close();
	}

}
