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
package io.rstreams.binder.observability;

import java.time.Clock;
import java.util.Map;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.status.ConsumerBinding;
import io.rstreams.binder.status.ConsumerBindings;
import io.rstreams.client.BusConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Health says in so many words when the bus is the embedded one, and only then. */
class EmbeddedBusHealthTest {

	private static final BusConfig BUS = BusConfig.fromMap(Map.of("Region", "us-east-1", "LeoStream", "S", "LeoCron",
			"C", "LeoEvent", "E", "LeoS3", "b", "LeoKinesisStream", "K", "LeoFirehoseStream", "F"), "test");

	@Test
	void anEmbeddedBusIsSaidToBeOne() {
		Health health = healthOf(true);
		assertThat(health.getDetails()).containsEntry("embedded", true)
			.containsEntry("note", RStreamsBinderHealthIndicator.EMBEDDED_NOTE);
	}

	@Test
	void aRealBusIsNot() {
		assertThat(healthOf(false).getDetails()).doesNotContainKeys("embedded", "note").containsKey("bus");
	}

	private static Health healthOf(boolean embedded) {
		try (DynamoDbAsyncClient dynamo = DynamoDbAsyncClient.builder()
			.region(Region.US_EAST_1)
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build()) {
			RStreamsBusConnection connection = new RStreamsBusConnection(BUS, dynamo, null, (stream, records) -> null,
					null, null, Clock.systemUTC(), "a test", RStreamsBusConnection.DEFAULT_CALL_TIMEOUT, embedded);
			ConsumerBindings bindings = new ConsumerBindings() {
				@Override
				public Map<String, ConsumerBinding> consumerBindings() {
					return Map.of();
				}

				@Override
				public RStreamsBusConnection connection() {
					return connection;
				}
			};
			return new RStreamsBinderHealthIndicator(bindings).health();
		}
	}

}
