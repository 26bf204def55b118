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
package io.rstreams.binder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.binder.observability.RStreamsBinderHealthIndicator;
import io.rstreams.client.BusConfig;
import io.rstreams.client.Json;
import io.rstreams.client.bus.BusVerifier;
import io.rstreams.client.Event;
import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.PutResult;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.ErrorMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Polling cost, checkpoints waiting for outputs, stop and restart mid-stream, bad input,
 * provisioning and start-up validation: each against one shared local bus, with
 * applications started and stopped by the tests.
 */
class BindingLifecycleTest {

	static LocalBus bus;
	static CountingDynamo counting;
	static volatile KinesisTransport transport;
	static volatile BusConfig configOverride;

	final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	static final List<Message<?>> errors = new CopyOnWriteArrayList<>();
	static final List<Integer> seen = new CopyOnWriteArrayList<>();

	record Order(int n) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			BusConfig config = configOverride != null ? configOverride : bus.config();
			return new RStreamsBusConnection(config, counting.client(bus), bus.objectStore(),
					(stream, records) -> transport.putRecords(stream, records), null,
					() -> new BusVerifier(bus.dynamo(), null, null, Duration.ofSeconds(5)).verify(config, "test"),
					bus.options().clock(), "test");
		}

		@Bean
		Function<Order, Order> copier() {
			return o -> {
				seen.add(o.n());
				return o;
			};
		}

		@Bean
		Consumer<Order> strict() {
			return o -> seen.add(o.n());
		}

		@ServiceActivator(inputChannel = "errorChannel")
		public void errors(ErrorMessage message) {
			errors.add(message);
		}

	}

	@BeforeAll
	static void startBus() {
		bus = LocalBus.start();
		counting = CountingDynamo.create();
		transport = bus.kinesis();
	}

	@AfterAll
	static void stopBus() {
		bus.close();
	}

	@AfterEach
	void stopApps() {
		apps.forEach(ConfigurableApplicationContext::close);
		apps.clear();
		transport = bus.kinesis();
		errors.clear();
		seen.clear();
	}

	ConfigurableApplicationContext start(String function, String in, String group, String... properties) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(App.class)
			.properties("spring.main.banner-mode=off", "spring.cloud.function.definition=" + function,
					"spring.cloud.stream.bindings." + function + "-in-0.destination=" + in,
					"spring.cloud.stream.bindings." + function + "-in-0.group=" + group,
					"spring.cloud.stream.bindings." + function + "-out-0.destination=" + in + "-out",
					"spring.cloud.stream.rstreams.default.consumer.start=beginning",
					"spring.cloud.stream.default.consumer.max-attempts=1")
			.properties(properties)
			.run();
		apps.add(app);
		return app;
	}

	static void writeOrders(String queue, int from, int to) {
		try (QueueWriter writer = bus.writer("orders-source")) {
			for (int i = from; i < to; i++) {
				writer
					.write(Event.builder().event(queue).payload(Json.mapper().createObjectNode().put("n", i)).build());
			}
			writer.flush().join();
		}
	}

	@Test
	void anIdleBindingReadsOnlyLeoEventOncePerInterval() throws Exception {
		writeOrders("idle", 0, 3);
		ConfigurableApplicationContext app = start("strict", "idle", "idle-bot",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=200ms");
		await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 3);
		await().atMost(Duration.ofSeconds(5)).until(() -> Bindings.consumer(app, "strict-in-0").checkpoint() != null);
		counting.reset();
		Thread.sleep(2000); // a measured idle window, not a wait for a condition
		long getItems = counting.count("GetItem");
		assertThat(counting.count("Query")).isZero();
		assertThat(counting.count("UpdateItem")).isZero();
		assertThat(getItems).isBetween(5L, 11L); // 2 s / 200 ms = 10 polls, one LeoEvent
													// read each
	}

	@Test
	void theInputCheckpointWaitsUntilTheBusAcceptedTheOutputs() {
		CompletableFuture<Void> gate = new CompletableFuture<>();
		KinesisTransport local = bus.kinesis();
		transport = (stream,
				records) -> stream.equals(bus.config().leoKinesisStream()) && hasQueue(records, "gated-out")
						? gate.thenCompose(v -> local.putRecords(stream, records)) : local.putRecords(stream, records);
		writeOrders("gated", 0, 5);
		ConfigurableApplicationContext app = start("copier", "gated", "gated-bot");
		await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 5);
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
		assertThat(LocalBusSupport.checkpoint(bus, "gated-bot", "gated")).isNull();
		assertThat(LocalBusSupport.readAll(bus, "gated-out")).isEmpty();
		gate.complete(null);
		List<Event> inputs = LocalBusSupport.readAll(bus, "gated");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> inputs.get(4).eid().equals(LocalBusSupport.checkpoint(bus, "gated-bot", "gated")));
		assertThat(LocalBusSupport.readAll(bus, "gated-out")).hasSize(5);
		assertThat(Bindings.consumer(app, "copier-in-0").state()).isEqualTo(BindingState.RUNNING);
	}

	private static boolean hasQueue(List<KinesisRecord> records, String queue) {
		for (KinesisRecord r : records) {
			try (var in = new io.rstreams.client.codec.MultiMemberGzipInputStream(
					new java.io.ByteArrayInputStream(r.data()))) {
				if (new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
					.contains("\"event\":\"" + queue + "\"")) {
					return true;
				}
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return false;
	}

	@Test
	void stoppingMidStreamAndRestartingLosesNothingAndDuplicatesAtMostOneBatch() {
		writeOrders("restart", 0, 400);
		String[] props = { "spring.cloud.stream.rstreams.default.consumer.batch-size=50" };
		ConfigurableApplicationContext first = start("copier", "restart", "restart-bot", props);
		await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() >= 120);
		first.close();
		apps.remove(first);
		int processedBefore = seen.size();
		// a graceful stop finished its events, flushed their outputs and checkpointed the
		// last one it handled
		List<Event> inputs = LocalBusSupport.readAll(bus, "restart");
		int lastHandled = seen.get(seen.size() - 1);
		assertThat(LocalBusSupport.checkpoint(bus, "restart-bot", "restart")).isEqualTo(inputs.get(lastHandled).eid());
		assertThat(LocalBusSupport.readAll(bus, "restart-out")).hasSize(processedBefore);
		start("copier", "restart", "restart-bot", props);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> LocalBusSupport.readAll(bus, "restart")
				.get(399)
				.eid()
				.equals(LocalBusSupport.checkpoint(bus, "restart-bot", "restart")));

		Map<Integer, Integer> outputs = new HashMap<>();
		for (Event e : LocalBusSupport.readAll(bus, "restart-out")) {
			outputs.merge(e.payload().get("n").asInt(), 1, Integer::sum);
		}
		for (int i = 0; i < 400; i++) {
			assertThat(outputs).as("output of input %d", i).containsKey(i);
		}
		long duplicates = outputs.values().stream().filter(c -> c > 1).count();
		assertThat(duplicates).as("duplicated outputs after a restart at %d", processedBefore).isLessThanOrEqualTo(50);
	}

	@Test
	void aPayloadThatDoesNotConvertGoesToTheErrorChannelAndIsNotSkipped() {
		try (QueueWriter writer = bus.writer("orders-source")) {
			writer.write(Event.builder().event("bad").payload(Json.mapper().createObjectNode().put("n", 1)).build());
			writer.write(Event.builder()
				.event("bad")
				.payload(Json.mapper().createObjectNode().put("n", "not a number"))
				.build());
			writer.write(Event.builder().event("bad").payload(Json.mapper().createObjectNode().put("n", 3)).build());
			writer.flush().join();
		}
		List<Event> inputs = LocalBusSupport.readAll(bus, "bad");
		ConfigurableApplicationContext app = start("strict", "bad", "strict-bot",
				"spring.cloud.stream.rstreams.default.consumer.error-backoff=200ms");
		await().atMost(Duration.ofSeconds(20)).until(() -> errors.size() >= 2);
		ErrorMessage error = (ErrorMessage) errors.get(0);
		assertThat(error.getOriginalMessage()).isNotNull();
		assertThat(error.getOriginalMessage().getHeaders().get(RStreamsHeaders.EID)).isEqualTo(inputs.get(1).eid());
		assertThat(seen).containsOnly(1);
		assertThat(LocalBusSupport.checkpoint(bus, "strict-bot", "bad")).isEqualTo(inputs.get(0).eid());
		// it cannot advance past the event nothing handles: it says so (blocked there,
		// since when), and keeps trying
		RStreamsInboundChannelAdapter binding = Bindings.consumer(app, "strict-in-0");
		assertThat(binding.state()).isEqualTo(BindingState.BLOCKED);
		assertThat(binding.position().eid()).isEqualTo(inputs.get(0).eid());
		assertThat(binding.blockedSince()).isNotNull();
		assertThat(binding.lastError()).isNotNull();
		Health health = new RStreamsBinderHealthIndicator(Bindings.binder(app)).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void aMissingTableFailsStartUpNamingIt() {
		BusConfig real = bus.config();
		configOverride = new BusConfig(real.region(), "NoSuchStream", real.leoCron(), real.leoEvent(),
				real.leoSettings(), real.leoSystem(), real.leoS3(), real.leoKinesisStream(), real.leoFirehoseStream());
		try {
			assertThatThrownBy(() -> start("strict", "orders", "any-bot"))
				.hasStackTraceContaining("The DynamoDB table 'NoSuchStream' does not exist")
				.hasStackTraceContaining("LeoStream");
		}
		finally {
			configOverride = null;
		}
	}

	@Test
	void registrationCanBeTurnedOff() {
		writeOrders("quiet", 0, 1);
		ConfigurableApplicationContext app = start("strict", "quiet", "quiet-bot",
				"spring.cloud.stream.rstreams.default.consumer.register-bot=false",
				"spring.cloud.stream.rstreams.default.consumer.checkpoint-mode=record");
		await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> LocalBusSupport.checkpoint(bus, "quiet-bot", "quiet") != null);
		assertThat(LocalBusSupport.bot(bus, "quiet-bot")).doesNotContainKey("triggers");
		assertThat(Bindings.consumer(app, "strict-in-0").botId()).isEqualTo("quiet-bot");
	}

	@Test
	void invalidCombinationsFailAtStartUp() {
		assertThatThrownBy(() -> start("strict", "orders", "v-bot",
				"spring.cloud.stream.bindings.strict-in-0.consumer.batch-mode=true",
				"spring.cloud.stream.rstreams.default.consumer.checkpoint-mode=record"))
			.hasStackTraceContaining("checkpoint-mode 'record' cannot be used with batch-mode");
		assertThatThrownBy(() -> start("strict", "orders", "v-bot",
				"spring.cloud.stream.rstreams.default.consumer.checkpoint-mode=periodic"))
			.hasStackTraceContaining("checkpoint-mode 'periodic' needs checkpoint-interval and/or checkpoint-count");
		assertThatThrownBy(() -> start("strict", "orders", "v-bot",
				"spring.cloud.stream.rstreams.default.consumer.start=yesterday"))
			.hasStackTraceContaining("Invalid start position 'yesterday'");
	}

}
