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
package io.rstreams.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The console on the JDK's own HTTP server: the page at {@code /}, its JSON at
 * {@code /api/}. No servlet container, so every host (the standalone bus, a Spring
 * application with or without a web server) serves it the same way, on its own port.
 */
public final class ConsoleServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	private final URI url;

	private ConsoleServer(HttpServer server, ExecutorService executor, URI url) {
		this.server = server;
		this.executor = executor;
		this.url = url;
	}

	/**
	 * Starts serving {@code console}.
	 * @throws UncheckedIOException when the address cannot be bound (the port is taken)
	 */
	public static ConsoleServer start(BusConsole console, ConsoleActions actions, ConsoleSettings settings) {
		Objects.requireNonNull(console, "console");
		Objects.requireNonNull(actions, "actions");
		Objects.requireNonNull(settings, "settings");
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(settings.address(), settings.port()), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The RStreams console cannot listen on " + settings.address() + ":"
					+ settings.port() + ": " + ex.getMessage(), ex);
		}
		AtomicInteger threads = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
			Thread t = new Thread(r, "rstreams-console-" + threads.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		server.setExecutor(executor);
		server.createContext("/api/", new ApiHandler(console, actions, settings));
		server.createContext("/", new StaticAssets());
		server.start();
		String host = server.getAddress().getAddress().isAnyLocalAddress() ? "127.0.0.1"
				: server.getAddress().getAddress().getHostAddress();
		if (host.contains(":")) {
			host = "[" + host + "]";
		}
		return new ConsoleServer(server, executor,
				URI.create("http://" + host + ":" + server.getAddress().getPort() + "/"));
	}

	/** The page's address, e.g. {@code http://127.0.0.1:4001/}. */
	public URI url() {
		return url;
	}

	public int port() {
		return server.getAddress().getPort();
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
