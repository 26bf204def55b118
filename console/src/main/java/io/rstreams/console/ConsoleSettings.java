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

import java.util.Objects;

/**
 * How the console is served.
 *
 * @param address the interface to listen on; loopback unless the host says otherwise
 * @param port the port (0: a free one)
 * @param writeEnabled whether pause, resume and move may be used; off by default, as the
 * actions change what a bot reads
 * @param readOnlyHint what to set to enable them, said in the refusal
 * @param title shown in the page's header (the bus and the host)
 */
public record ConsoleSettings(String address, int port, boolean writeEnabled, String readOnlyHint, String title) {

	public static final String LOOPBACK = "127.0.0.1";

	public ConsoleSettings {
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(readOnlyHint, "readOnlyHint");
		Objects.requireNonNull(title, "title");
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("The console's port is 0 to 65535, got " + port);
		}
	}

	/** Loopback, a free port, read-only. */
	public static ConsoleSettings defaults() {
		return new ConsoleSettings(LOOPBACK, 0, false, "this console is read-only", "RStreams bus");
	}

	public ConsoleSettings withAddress(String newAddress) {
		return new ConsoleSettings(newAddress, port, writeEnabled, readOnlyHint, title);
	}

	public ConsoleSettings withPort(int newPort) {
		return new ConsoleSettings(address, newPort, writeEnabled, readOnlyHint, title);
	}

	public ConsoleSettings withWriteEnabled(boolean enabled) {
		return new ConsoleSettings(address, port, enabled, readOnlyHint, title);
	}

	public ConsoleSettings withReadOnlyHint(String hint) {
		return new ConsoleSettings(address, port, writeEnabled, hint, title);
	}

	public ConsoleSettings withTitle(String newTitle) {
		return new ConsoleSettings(address, port, writeEnabled, readOnlyHint, newTitle);
	}

}
