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

import java.util.Set;

import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusOptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A local bus fed through a real Kinesis API, and the Node SDK pointed at it:
 * kinesis-local is started once per test run (closed when the run ends), each test class
 * gets its own local bus named after the class, polling its own stream on that
 * kinesis-local (closed after the class). Disables the class, with the reason, when Node
 * or the npm packages are missing.
 *
 * <p>
 * Resolves parameters of type {@link LocalBus}, {@link KinesisLocal} and {@link NodeSdk}.
 */
public final class InteropExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(InteropExtension.class);

	private static final Set<Class<?>> TYPES = Set.of(LocalBus.class, KinesisLocal.class, NodeSdk.class);

	/**
	 * Disables (reports as skipped, with the reason) every test of the class when Node
	 * cannot run here.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String reason = NodeRuntime.unavailableReason();
		return reason == null ? ConditionEvaluationResult.enabled("Node.js and the npm packages are installed")
				: ConditionEvaluationResult.disabled("Skipped: " + reason);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		NodeRuntime.assumeAvailable();
		bus(context);
	}

	private static KinesisLocal kinesis(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent("kinesis-local", k -> KinesisLocal.start(), KinesisLocal.class);
	}

	private static LocalBus bus(ExtensionContext context) {
		ExtensionContext scope = context;
		while (scope.getTestMethod().isPresent() && scope.getParent().isPresent()) {
			scope = scope.getParent().get();
		}
		String name = busName(scope.getRequiredTestClass());
		KinesisLocal kinesis = kinesis(context);
		return scope.getStore(NAMESPACE)
			.computeIfAbsent("bus",
					k -> LocalBus
						.start(LocalBusOptions.defaults().withName(name).withKinesisEndpoint(kinesis.endpoint())),
					LocalBus.class);
	}

	/** The test class's simple name, as a valid bus name. */
	static String busName(Class<?> testClass) {
		String name = testClass.getSimpleName().replaceAll("[^A-Za-z0-9]", "");
		return name.length() > 40 ? name.substring(0, 40) : name;
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return TYPES.contains(parameter.getParameter().getType());
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		if (type == KinesisLocal.class) {
			return kinesis(context);
		}
		LocalBus bus = bus(context);
		return type == NodeSdk.class ? new NodeSdk(bus) : bus;
	}

}
