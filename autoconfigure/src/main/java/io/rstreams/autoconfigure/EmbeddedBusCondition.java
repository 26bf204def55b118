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

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the embedded local bus should start: when a test forces it, whatever else is
 * configured; otherwise when no bus is configured and it was not turned off. The
 * cloud-platform check is not here but in {@link EmbeddedBusGuard}, because there the
 * answer is a start-up failure, not a quiet back-off.
 */
class EmbeddedBusCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return outcome(context.getEnvironment());
	}

	/**
	 * Whether the embedded bus starts for this environment (the application's or a
	 * binder's).
	 */
	static boolean matches(Environment environment) {
		return outcome(environment).isMatch();
	}

	private static ConditionOutcome outcome(Environment environment) {
		if (BusConfiguredCondition.isForced(environment)) {
			return ConditionOutcome.match(EmbeddedBusGuard.FORCE + "=true");
		}
		if (BusConfiguredCondition.isConfigured(environment)) {
			return ConditionOutcome.noMatch("an RStreams bus is configured");
		}
		if ("false".equalsIgnoreCase(environment.getProperty(EmbeddedBusGuard.ENABLED, "").trim())) {
			return ConditionOutcome.noMatch(EmbeddedBusGuard.ENABLED + "=false");
		}
		return ConditionOutcome.match("no RStreams bus is configured");
	}

}
