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

import io.rstreams.binder.RStreamsBusConnectionFactory.BinderBus;
import io.rstreams.localbus.LocalBus;
import org.springframework.core.env.Environment;

/**
 * An embedded bus of a binder's own (its environment names no bus and sets
 * {@code local.*}, e.g. another {@code local.name}), stopped with the binder's context.
 * Kept apart so that nothing loads the local bus's classes when it is not on the class
 * path.
 */
final class EmbeddedBinderBus {

	private EmbeddedBinderBus() {
	}

	static BinderBus start(RStreamsBusProperties properties, Environment environment) {
		LocalBus bus = RStreamsLocalBusAutoConfiguration.start(properties, environment);
		return new BinderBus(
				RStreamsLocalBusAutoConfiguration.connection(bus, RStreamsLocalBusAutoConfiguration.resolved(bus)),
				bus::close);
	}

}
