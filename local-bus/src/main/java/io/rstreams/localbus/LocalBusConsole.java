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

import java.time.Duration;

import io.rstreams.console.BusConsole;
import io.rstreams.console.ConsoleActions;
import io.rstreams.console.ConsoleBindings;
import io.rstreams.console.ConsoleServer;
import io.rstreams.console.ConsoleSettings;
import io.rstreams.console.HealthRules;

/**
 * The bus console over a local bus, on loopback: what the standalone bus serves. It is
 * read-only: the standalone bus runs no bindings to pause or resume (the bots are other
 * processes; their own consoles or actuator endpoints act on them).
 */
public final class LocalBusConsole {

	private LocalBusConsole() {
	}

	public static ConsoleServer start(LocalBus bus, int port) {
		BusConsole console = new BusConsole(bus.dynamo(), bus.objectStore(), bus.config(), bus.options().clock(),
				HealthRules.defaults(), ConsoleBindings.NONE, Duration.ofSeconds(10));
		ConsoleSettings settings = ConsoleSettings.defaults()
			.withPort(port)
			.withTitle("local bus '" + bus.options().name() + "'")
			.withReadOnlyHint("the standalone bus runs no bindings: act on a bot in its own application");
		return ConsoleServer.start(console, ConsoleActions.NONE, settings);
	}

}
