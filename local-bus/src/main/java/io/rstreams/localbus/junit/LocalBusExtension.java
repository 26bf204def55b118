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
package io.rstreams.localbus.junit;

import java.util.Objects;
import java.util.Set;

import io.rstreams.client.BusConfig;
import io.rstreams.client.bot.BotRegistry;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.read.QueueReader;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusOptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Gives tests a running {@link LocalBus}.
 *
 * <pre>
 * &#64;ExtendWith(LocalBusExtension.class)              // one bus for this test class
 * class MyTest {
 *     &#64;Test void reads(LocalBus bus, BusConfig config) { ... }
 * }
 *
 * class MyOtherTest {
 *     &#64;RegisterExtension
 *     static final LocalBusExtension BUS = LocalBusExtension.shared();   // one bus for the whole test run
 * }
 * </pre>
 *
 * Parameters of type {@link LocalBus}, {@link BusConfig}, {@link QueueReader},
 * {@link Checkpointer}, {@link BotRegistry} and {@link DynamoDbAsyncClient} are resolved.
 * The bus is stopped when its scope ends.
 */
public final class LocalBusExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(LocalBusExtension.class);

	private static final Set<Class<?>> TYPES = Set.of(LocalBus.class, BusConfig.class, QueueReader.class,
			Checkpointer.class, BotRegistry.class, DynamoDbAsyncClient.class);

	private final boolean shared;

	private final LocalBusOptions options;

	private volatile LocalBus bus;

	/** One bus per test class, default options (what {@code @ExtendWith} uses). */
	public LocalBusExtension() {
		this(false, LocalBusOptions.defaults());
	}

	private LocalBusExtension(boolean shared, LocalBusOptions options) {
		this.shared = shared;
		this.options = Objects.requireNonNull(options, "options");
	}

	/**
	 * One bus for every class that registers a shared extension, stopped when the test
	 * run ends.
	 */
	public static LocalBusExtension shared() {
		return new LocalBusExtension(true, LocalBusOptions.defaults().withName("SharedLocalBus"));
	}

	/** One bus per test class with the given options. */
	public static LocalBusExtension perClass(LocalBusOptions options) {
		return new LocalBusExtension(false, options);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		bus = obtain(context);
	}

	private LocalBus obtain(ExtensionContext context) {
		ExtensionContext scope = shared ? context.getRoot() : classContext(context);
		String key = shared ? "shared-" + options.name() : "bus";
		return scope.getStore(NAMESPACE).computeIfAbsent(key, k -> LocalBus.start(options), LocalBus.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext c = context;
		while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
			c = c.getParent().get();
		}
		return c;
	}

	/** The bus of the current scope (after {@code beforeAll}). */
	public LocalBus bus() {
		if (bus == null) {
			throw new IllegalStateException(
					"The local bus is started before all tests of the class; use it from a test");
		}
		return bus;
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return TYPES.contains(parameter.getParameter().getType());
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		LocalBus b = bus != null ? bus : obtain(context);
		Class<?> type = parameter.getParameter().getType();
		if (type == LocalBus.class) {
			return b;
		}
		if (type == BusConfig.class) {
			return b.config();
		}
		if (type == QueueReader.class) {
			return b.reader();
		}
		if (type == Checkpointer.class) {
			return b.checkpointer();
		}
		if (type == BotRegistry.class) {
			return b.botRegistry();
		}
		if (type == DynamoDbAsyncClient.class) {
			return b.dynamo();
		}
		throw new ParameterResolutionException("Cannot resolve " + type);
	}

}
