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
package io.rstreams.binder.inbound;

import java.util.LinkedHashMap;
import java.util.Map;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.codec.EventCodec;
import org.springframework.context.expression.MapAccessor;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * The key that decides which instance handles an event (instance-count &gt; 1): the eid
 * by default, as the Node SDK's fanout; or a SpEL expression over the event as the SDK
 * reader emits it ({@code payload.customerId}, {@code id}, ...), evaluated read-only.
 */
final class PartitionKeys {

	private final Expression expression;

	private final EvaluationContext context = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor())
		.withInstanceMethods()
		.build();

	PartitionKeys(String expression) {
		this.expression = expression == null ? null : new SpelExpressionParser().parseExpression(expression);
	}

	Object keyOf(Event event) {
		if (expression == null) {
			return event.eid();
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> root = Json.mapper().convertValue(EventCodec.toReadNode(event), LinkedHashMap.class);
		return expression.getValue(context, root);
	}

}
