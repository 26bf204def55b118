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
package io.rstreams.binder;

import java.util.Objects;

import org.springframework.core.env.Environment;

/**
 * Connects a binder whose context has an environment of its own
 * ({@code spring.cloud.stream.binders.<name>.environment}) to the bus that environment
 * names. Spring Cloud Stream gives such a binder context no parent, so the application's
 * {@link RStreamsBusConnection} is not seen there; the RStreams auto-configuration
 * declares this factory in the application and the binder finds it through the outer
 * context. Two binders can so read one bus and write another.
 */
@FunctionalInterface
public interface RStreamsBusConnectionFactory {

	/**
	 * The bus of a binder context with this environment: the application's own when the
	 * environment names the same bus, else a new connection with clients of its own.
	 */
	BinderBus connect(Environment binderEnvironment);

	/**
	 * A binder's bus and what to close with the binder's context.
	 *
	 * @param connection the bus the binder reads and writes
	 * @param resources the clients (or embedded bus) made for this binder alone, or
	 * {@code null} when the connection is shared with the application
	 */
	record BinderBus(RStreamsBusConnection connection, AutoCloseable resources) implements AutoCloseable {

		public BinderBus {
			Objects.requireNonNull(connection, "connection");
		}

		/** The application's connection, closed with the application, not the binder. */
		public static BinderBus shared(RStreamsBusConnection connection) {
			return new BinderBus(connection, null);
		}

		/** Whether this binder has a bus connection of its own. */
		public boolean own() {
			return resources != null;
		}

		@Override
		public void close() throws Exception {
			if (resources != null) {
				resources.close();
			}
		}

	}

}
