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
import java.util.Objects;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.console.BusConsole;
import io.rstreams.console.ConsoleServer;
import io.rstreams.console.ConsoleSettings;
import io.rstreams.console.HealthRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The bus console of this application, started with the context and stopped with it. It
 * reads the bus through the binder's own connection (the same clients, endpoints and
 * credentials) and acts through {@link BinderConsoleBindings}.
 */
public class RStreamsConsole implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RStreamsConsole.class);

	private final RStreamsBusConnection connection;

	private final BinderConsoleBindings bindings;

	private final RStreamsConsoleProperties properties;

	private final String title;

	private volatile ConsoleServer server;

	RStreamsConsole(RStreamsBusConnection connection, BinderConsoleBindings bindings,
			RStreamsConsoleProperties properties, String title) {
		this.connection = Objects.requireNonNull(connection);
		this.bindings = Objects.requireNonNull(bindings);
		this.properties = Objects.requireNonNull(properties);
		this.title = Objects.requireNonNull(title);
	}

	@Override
	public void start() {
		BusConsole console = new BusConsole(connection.dynamo(), connection.objectStore(), connection.bus(),
				connection.clock(), new HealthRules(properties.getLaggingAfter(), properties.getStaleAfter()), bindings,
				connection.callTimeout());
		ConsoleSettings settings = ConsoleSettings.defaults()
			.withAddress(properties.getAddress())
			.withPort(properties.getPort())
			.withWriteEnabled(properties.isWriteEnabled())
			.withTitle(title)
			.withReadOnlyHint("set spring.cloud.stream.rstreams.console.write-enabled=true to allow them");
		server = ConsoleServer.start(console, bindings, settings);
		log.info("RStreams bus console at {} ({})", server.url(),
				properties.isWriteEnabled() ? "pause, resume and move checkpoint enabled" : "read-only");
	}

	@Override
	public void stop() {
		ConsoleServer running = server;
		server = null;
		if (running != null) {
			running.close();
		}
	}

	@Override
	public boolean isRunning() {
		return server != null;
	}

	/** The page's address while running, else {@code null}. */
	public URI url() {
		ConsoleServer running = server;
		return running == null ? null : running.url();
	}

}
