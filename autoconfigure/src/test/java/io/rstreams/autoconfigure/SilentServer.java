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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback port that accepts connections and never answers: what a black-holed endpoint
 * (a wrong VPC endpoint, a firewall that drops replies) looks like to an HTTP client.
 */
final class SilentServer implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	SilentServer() {
		try {
			server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(this::accept, "silent-server-" + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Keeps every connection open, unread, so the client waits for a response that never
	 * comes.
	 */
	private void accept() {
		while (!server.isClosed()) {
			try {
				accepted.add(server.accept());
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	String endpoint() {
		return "http://127.0.0.1:" + server.getLocalPort();
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Socket s : accepted) {
			s.close();
		}
	}

}
