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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.junit.LocalBusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every DynamoDB call the console makes, on every view, is allowed by the documented
 * read-only policy {@code docs/iam/console-policy.json}, table by table.
 */
@ExtendWith(LocalBusExtension.class)
class ConsoleIamPolicyTest {

	static final Path POLICY = Path.of("..", "docs", "iam", "console-policy.json");

	@Test
	void theConsoleOnlyMakesTheCallsItsPolicyAllows(LocalBus bus) throws Exception {
		bus.botRegistry().registerReader("iam-bot", "queue:iam-in", "queue:iam-out", null);
		List<Event> in = ConsoleFixtures.write(bus, "iam-source", "iam-in", null, 1, 2);
		ConsoleFixtures.write(bus, "iam-bot", "iam-out", List.of(Correlation.of(in.get(0))), 1);
		Set<String> calls = ConcurrentHashMap.newKeySet();
		Map<String, String> tables = Map.of(bus.config().leoCron(), "<LeoCron table>", bus.config().leoEvent(),
				"<LeoEvent table>", bus.config().leoStream(), "<LeoStream table>");
		try (DynamoDbAsyncClient dynamo = DynamoDbAsyncClient.builder()
			.endpointOverride(bus.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(LocalBus.ACCESS_KEY, LocalBus.SECRET_KEY)))
			.overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
				@Override
				public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
					String table = context.request().getValueForField("TableName", String.class).orElse("?");
					calls.add("dynamodb:" + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME) + " "
							+ tables.getOrDefault(table, table));
				}
			}))
			.build()) {
			BusConsole console = new BusConsole(dynamo, bus.objectStore(), bus.config(), Clock.systemUTC(),
					HealthRules.defaults(), ConsoleBindings.NONE, Duration.ofSeconds(10));
			console.graph();
			console.queue("iam-in", null, 10, null, null);
			console.queue("iam-in", "z/", 10, "payload.n", "1");
			console.bot("iam-bot", false);
			console.trace("iam-in", in.get(0).eid());
		}
		assertThat(calls).contains("dynamodb:Scan <LeoCron table>", "dynamodb:Query <LeoStream table>");
		assertThat(allowed()).containsAll(calls);
	}

	/** "action resource-table" pairs the policy allows. */
	private static Set<String> allowed() throws Exception {
		Set<String> allowed = new HashSet<>();
		for (JsonNode statement : Json.mapper().readTree(Files.readString(POLICY)).path("Statement")) {
			List<JsonNode> actions = statement.path("Action").isArray()
					? statement.path("Action").valueStream().toList() : List.of(statement.path("Action"));
			List<JsonNode> resources = statement.path("Resource").isArray()
					? statement.path("Resource").valueStream().toList() : List.of(statement.path("Resource"));
			for (JsonNode action : actions) {
				for (JsonNode resource : resources) {
					String arn = resource.asString();
					allowed.add(action.asString() + " " + arn.substring(arn.lastIndexOf('/') + 1));
				}
			}
		}
		return allowed;
	}

}
