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
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when some way of naming a bus is configured (properties, environment); no AWS
 * call is made.
 */
class BusConfiguredCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean configured = isConfigured(context.getEnvironment());
		return configured ? ConditionOutcome.match("an RStreams bus is configured")
				: ConditionOutcome.noMatch("no RStreams bus is configured");
	}

	static boolean isConfigured(Environment environment) {
		return BusConfigResolver.isConfigured(properties(environment), environment);
	}

	/** Whether a test forces the embedded bus ({@code local.force=true}). */
	static boolean isForced(Environment environment) {
		return properties(environment).getLocal().isForce();
	}

	private static RStreamsBusProperties properties(Environment environment) {
		return Binder.get(environment)
			.bind(BusConfigResolver.PREFIX, RStreamsBusProperties.class)
			.orElseGet(RStreamsBusProperties::new);
	}

	/** The opposite: no bus configured. */
	static class None extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			boolean configured = isConfigured(context.getEnvironment());
			return configured ? ConditionOutcome.noMatch("an RStreams bus is configured")
					: ConditionOutcome.match("no RStreams bus is configured");
		}

	}

}
