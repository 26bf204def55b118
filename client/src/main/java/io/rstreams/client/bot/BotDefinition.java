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
package io.rstreams.client.bot;

import java.util.List;
import java.util.Map;

/**
 * What {@code createBot} registers (protocol.md 8.3). Absent ({@code null}) parts are
 * left out of the update, like {@code undefined} fields in the Node SDK.
 *
 * @param name display name
 * @param description description (the SDK defaults it to the name)
 * @param lambdaName the Lambda the bus invokes; the SDK defaults it to the bot id. Leave
 * {@code null} together with {@link #keepLambdaName} for bots that run outside Lambda
 * @param source the queue the bot reads ({@code settings.source})
 * @param destination the queue the bot writes ({@code settings.destination})
 * @param triggers queues whose writes trigger the bot
 * @param time cron expression for time-triggered bots
 * @param owner owner, or {@code null}
 * @param system system, or {@code null}
 * @param settings more {@code lambda.settings[0]} entries
 * @param keepLambdaName set {@code lambdaName} only when the item has none
 * ({@code if_not_exists}), so a Java bot registering under the id of an existing Lambda
 * bot never takes its Lambda away
 */
public record BotDefinition(String name, String description, String lambdaName, String source, String destination,
		List<String> triggers, String time, String owner, String system, Map<String, Object> settings,
		boolean keepLambdaName) {

	public BotDefinition {
		triggers = triggers == null ? List.of() : List.copyOf(triggers);
		settings = settings == null ? Map.of() : Map.copyOf(settings);
	}
}
