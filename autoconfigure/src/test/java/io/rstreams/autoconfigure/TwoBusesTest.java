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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import io.rstreams.client.BusConfig;
import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two buses in one application: binders {@code prod} and {@code replica}, each with an
 * environment naming its bus (resource names and endpoints, the way an application
 * reaches a real bus), and a replication bot reading {@code orders} on one and writing
 * the same events to {@code orders} on the other.
 */
class TwoBusesTest {

	static LocalBus prod;

	static LocalBus replica;

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		AwsCredentialsProvider localCredentials() {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
		}

		@Bean
		Function<Message<byte[]>, Message<byte[]>> replicate() {
			return m -> m;
		}

	}

	@BeforeAll
	static void startBuses() {
		prod = LocalBus.start(LocalBusOptions.defaults().withName("ProdBus"));
		replica = LocalBus.start(LocalBusOptions.defaults().withName("ReplicaBus"));
	}

	@AfterAll
	static void stopBuses() {
		prod.close();
		replica.close();
	}

	/** The environment that names a bus by its resources and endpoints. */
	static List<String> binderEnvironment(String binder, LocalBus bus) {
		String prefix = "spring.cloud.stream.binders." + binder + ".environment.spring.cloud.stream.rstreams.bus.";
		List<String> properties = new ArrayList<>();
		properties.add("spring.cloud.stream.binders." + binder + ".type=rstreams");
		bus.config().asMap().forEach((key, value) -> properties.add(prefix + kebab(key) + "=" + value));
		for (String service : List.of("dynamodb", "s3", "kinesis")) {
			properties.add(prefix + "endpoints." + service + "=" + bus.endpoint());
		}
		return properties;
	}

	private static String kebab(String key) {
		return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	ConfigurableApplicationContext start(List<String> properties) {
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.cloud.function.definition=replicate",
					"spring.cloud.stream.bindings.replicate-in-0.destination=orders",
					"spring.cloud.stream.bindings.replicate-in-0.group=replication-bot",
					"spring.cloud.stream.bindings.replicate-in-0.binder=prod",
					"spring.cloud.stream.bindings.replicate-out-0.destination=orders",
					"spring.cloud.stream.bindings.replicate-out-0.binder=replica",
					"spring.cloud.stream.rstreams.default.consumer.start=beginning",
					"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms")
			.properties(properties.toArray(String[]::new))
			.run();
	}

	static RStreamsBusConnection connectionOf(ConfigurableApplicationContext app, String binder) {
		return ((RStreamsMessageChannelBinder) app.getBean(BinderFactory.class).getBinder(binder, MessageChannel.class))
			.connection();
	}

	static List<Event> read(LocalBus bus, String queue) {
		List<Event> events = new ArrayList<>();
		try (EventStream stream = bus.reader().read("test_reader", queue, StartPosition.BEGINNING)) {
			while (stream.hasNext()) {
				if (stream.next() instanceof ReadEntry.Ok ok) {
					events.add(ok.event());
				}
			}
		}
		return events;
	}

	static List<Event> write(LocalBus bus, String queue, long eventSourceTimestamp, int... ns) {
		int before = read(bus, queue).size();
		try (QueueWriter writer = bus.writer("order-source")) {
			for (int n : ns) {
				writer.write(Event.builder()
					.event(queue)
					.payload(Json.mapper().readTree("{\"n\":" + n + "}"))
					.eventSourceTimestamp(eventSourceTimestamp)
					.build());
			}
			writer.flush().join();
		}
		List<Event> all = read(bus, queue);
		return all.subList(before, all.size());
	}

	static Map<String, AttributeValue> botItem(LocalBus bus, String bot) {
		return bus.checkpointer().getBot(bot);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aReplicationBotReadsOneBusAndWritesTheSameEventsToTheOther() {
		List<String> properties = new ArrayList<>(binderEnvironment("prod", prod));
		properties.addAll(binderEnvironment("replica", replica));
		// the application itself has no bus: every binding names its binder
		properties.add("spring.cloud.stream.rstreams.bus.local.enabled=false");
		List<Event> orders = write(prod, "orders", 1_700_000_000_000L, 1, 2, 3);

		try (ConfigurableApplicationContext app = start(properties)) {
			assertThat(connectionOf(app, "prod").bus()).isEqualTo(prod.config());
			assertThat(connectionOf(app, "replica").bus()).isEqualTo(replica.config());
			assertThat(connectionOf(app, "prod").dynamo()).isNotSameAs(connectionOf(app, "replica").dynamo());

			List<Event> copies = await().atMost(Duration.ofSeconds(30))
				.until(() -> read(replica, "orders"), events -> events.size() == 3);
			for (int i = 0; i < 3; i++) {
				Event copy = copies.get(i);
				assertThat(copy.payload()).isEqualTo(orders.get(i).payload());
				assertThat(copy.correlationId()).isEqualTo(Correlation.of(orders.get(i)));
				assertThat(copy.eventSourceTimestamp()).isEqualTo(1_700_000_000_000L);
				assertThat(copy.id()).isEqualTo("replication-bot");
			}
			String last = orders.get(2).eid();
			await().atMost(Duration.ofSeconds(20))
				.until(() -> last.equals(prod.checkpointer().readCheckpoint("replication-bot", "orders")));

			// nothing crosses: the registration, read checkpoint and lease are on the
			// prod
			// bus, the writes on the replica bus
			assertThat(read(prod, "orders")).hasSize(3);
			assertThat(replica.checkpointer().readCheckpoint("replication-bot", "orders")).isNull();
			assertThat(botItem(prod, "replication-bot").get("leases").m()).containsKey("queue:orders");
			assertThat(botItem(replica, "replication-bot")).isNull();
			Map<String, AttributeValue> checkpoints = botItem(prod, "replication-bot").get("checkpoints").m();
			assertThat(checkpoints.containsKey("write") ? checkpoints.get("write").m() : Map.of()).isEmpty();

			// the rstreams endpoint shows the bindings of both binders
			Map<String, Object> bots = new RStreamsEndpoint(app.getBean(BinderFactory.class), null,
					app.getBean(BindingServiceProperties.class))
				.bots();
			assertThat((Map<String, Object>) bots.get("consumers")).containsOnlyKeys("replicate-in-0");
			assertThat((Map<String, Object>) bots.get("producers")).containsOnlyKeys("replicate-out-0");
		}
	}

	@Test
	void aBinderWhoseEnvironmentNamesNoOtherBusSharesTheApplicationsConnection() {
		List<String> properties = new ArrayList<>(binderEnvironment("replica", replica));
		BusConfig c = prod.config();
		properties.addAll(List.of("spring.cloud.stream.binders.prod.type=rstreams",
				"spring.cloud.stream.binders.prod.environment.spring.cloud.stream.rstreams.binder.observation-enabled=false",
				"spring.cloud.stream.rstreams.bus.region=" + c.region(),
				"spring.cloud.stream.rstreams.bus.leo-stream=" + c.leoStream(),
				"spring.cloud.stream.rstreams.bus.leo-cron=" + c.leoCron(),
				"spring.cloud.stream.rstreams.bus.leo-event=" + c.leoEvent(),
				"spring.cloud.stream.rstreams.bus.leo-s3=" + c.leoS3(),
				"spring.cloud.stream.rstreams.bus.leo-kinesis-stream=" + c.leoKinesisStream(),
				"spring.cloud.stream.rstreams.bus.leo-firehose-stream=" + c.leoFirehoseStream(),
				"spring.cloud.stream.rstreams.bus.endpoints.dynamodb=" + prod.endpoint(),
				"spring.cloud.stream.rstreams.bus.endpoints.s3=" + prod.endpoint(),
				"spring.cloud.stream.rstreams.bus.endpoints.kinesis=" + prod.endpoint()));

		try (ConfigurableApplicationContext app = start(properties)) {
			assertThat(connectionOf(app, "prod")).isSameAs(app.getBean(RStreamsBusConnection.class));
			assertThat(connectionOf(app, "replica").bus()).isEqualTo(replica.config());
		}
	}

}
