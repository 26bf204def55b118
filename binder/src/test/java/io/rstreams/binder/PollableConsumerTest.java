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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.binder.status.BindingState;
import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.faults.Fault;
import io.rstreams.localbus.faults.FaultInjector;
import io.rstreams.localbus.faults.FaultRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binder.PollableMessageSource;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.cloud.stream.binder.RequeueCurrentMessageException;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.integration.acks.AcknowledgmentCallback;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A polled consumer ({@code spring.cloud.stream.pollable-source: orders}) on the embedded
 * bus: one event per poll from the bot's checkpoint, checkpointed in LeoCron once it and
 * every earlier one was acknowledged and its writes were accepted; REQUEUE and failures
 * hand the same event out again.
 */
class PollableConsumerTest {

	static LocalBus bus;

	static FaultInjector faults;

	final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			return new RStreamsBusConnection(bus.config(), bus.dynamo(), bus.objectStore(),
					faults.kinesis(bus.kinesis()), null, null, bus.options().clock(), "a test's local bus");
		}

	}

	@BeforeAll
	static void startBus() {
		bus = LocalBus.start();
		faults = new FaultInjector(14);
	}

	@AfterAll
	static void stopBus() {
		faults.close();
		bus.close();
	}

	@AfterEach
	void closeApps() {
		apps.forEach(ConfigurableApplicationContext::close);
	}

	ConfigurableApplicationContext start(String queue, String... properties) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.cloud.stream.pollable-source=orders",
					"spring.cloud.stream.bindings.orders-in-0.destination=" + queue,
					"spring.cloud.stream.bindings.orders-in-0.group=" + queue + "-bot",
					"spring.cloud.stream.rstreams.default.consumer.start=beginning",
					"spring.cloud.stream.rstreams.default.consumer.poll-interval=50ms",
					"spring.cloud.stream.rstreams.default.consumer.error-backoff=50ms",
					"spring.cloud.stream.rstreams.default.consumer.shutdown-timeout=10s")
			.properties(properties)
			.run();
		apps.add(app);
		return app;
	}

	static PollableMessageSource source(ConfigurableApplicationContext app) {
		return app.getBean(PollableMessageSource.class);
	}

	/** Polls until a message was handled (the bus may not have stored it yet). */
	static void pollOne(PollableMessageSource source, MessageHandler handler) {
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> source.poll(handler));
	}

	static String checkpoint(String queue) {
		return LocalBusSupport.checkpoint(bus, queue + "-bot", queue);
	}

	static List<Event> write(String queue, int... ns) {
		List<String> payloads = new ArrayList<>();
		for (int n : ns) {
			payloads.add("{\"n\":" + n + "}");
		}
		int before = LocalBusSupport.readAll(bus, queue).size();
		LocalBusSupport.write(bus, queue, "producer", payloads);
		List<Event> all = LocalBusSupport.readAll(bus, queue);
		return all.subList(before, all.size());
	}

	static String eid(Message<?> m) {
		return (String) m.getHeaders().get(RStreamsHeaders.EID);
	}

	@Test
	void checkpointsOnlyOverAcknowledgedEventsInEidOrderAndResumesAfterARestart() {
		List<Event> events = write("poll-acks", 1, 2, 3);
		ConfigurableApplicationContext app = start("poll-acks");
		PollableMessageSource source = source(app);
		List<String> handled = new CopyOnWriteArrayList<>();
		List<AcknowledgmentCallback> later = new CopyOnWriteArrayList<>();

		pollOne(source, m -> handled.add(eid(m)));
		assertThat(checkpoint("poll-acks")).isEqualTo(events.get(0).eid());
		Map<String, AttributeValue> leases = LocalBusSupport.bot(bus, "poll-acks-bot").get("leases").m();
		assertThat(leases).containsKey("queue:poll-acks");

		// the second is acknowledged later: the third's ACCEPT cannot move the checkpoint
		// past it
		pollOne(source, m -> {
			AcknowledgmentCallback ack = StaticMessageHeaderAccessor.getAcknowledgmentCallback(m);
			ack.noAutoAck();
			later.add(ack);
			handled.add(eid(m));
		});
		pollOne(source, m -> handled.add(eid(m)));
		assertThat(handled).containsExactly(events.get(0).eid(), events.get(1).eid(), events.get(2).eid());
		assertThat(checkpoint("poll-acks")).isEqualTo(events.get(0).eid());
		later.get(0).acknowledge(AcknowledgmentCallback.Status.REJECT);
		assertThat(checkpoint("poll-acks")).isEqualTo(events.get(2).eid());
		assertThat(source.poll(m -> handled.add(eid(m)))).isFalse();

		// stopping gives the lease back; a new instance resumes after the checkpoint
		app.close();
		assertThat(LocalBusSupport.bot(bus, "poll-acks-bot").get("leases").m()).doesNotContainKey("queue:poll-acks");
		List<Event> more = write("poll-acks", 4);
		PollableMessageSource restarted = source(start("poll-acks"));
		pollOne(restarted, m -> handled.add(eid(m)));
		assertThat(handled).hasSize(4).last().isEqualTo(more.get(0).eid());
		assertThat(checkpoint("poll-acks")).isEqualTo(more.get(0).eid());
	}

	@Test
	void theHandlerLogsWithTheEventInTheMdcAndTheBindingsEndpointStopsAndStartsAPolledBinding() {
		List<Event> events = write("poll-stop", 1, 2);
		ConfigurableApplicationContext app = start("poll-stop");
		PollableMessageSource source = source(app);
		List<String> handled = new CopyOnWriteArrayList<>();
		List<String> logged = new CopyOnWriteArrayList<>();
		pollOne(source, m -> {
			handled.add(eid(m));
			logged.add(MDC.get("rstreams.binding") + " " + MDC.get("rstreams.bot") + " " + MDC.get("rstreams.queue")
					+ " " + MDC.get("rstreams.eid"));
		});
		// the handler logs with the binding, bot, queue and eid in the MDC; the poll's
		// thread gets its own back
		assertThat(logged).containsExactly("orders-in-0 poll-stop-bot poll-stop " + events.get(0).eid());
		assertThat(MDC.get("rstreams.eid")).isNull();
		BindingsLifecycleController lifecycle = app.getBean(BindingsLifecycleController.class);

		// Spring Cloud Stream names a polled binding after its destination
		lifecycle.changeState("poll-stop", State.STOPPED);
		// stopped: its checkpoint written, its lease given back, nothing handed out
		assertThat(checkpoint("poll-stop")).isEqualTo(events.get(0).eid());
		assertThat(LocalBusSupport.bot(bus, "poll-stop-bot").get("leases").m()).doesNotContainKey("queue:poll-stop");
		assertThat(source.poll(m -> handled.add(eid(m)))).isFalse();

		lifecycle.changeState("poll-stop", State.STARTED);
		pollOne(source, m -> handled.add(eid(m)));
		assertThat(handled).containsExactly(events.get(0).eid(), events.get(1).eid());
	}

	@Test
	void requeueHandsTheSameEventOutAgainAndCheckpointsNothingFromIt() {
		List<Event> events = write("poll-requeue", 1, 2);
		// a RequeueCurrentMessageException is retried like any failure: no retries here
		PollableMessageSource source = source(
				start("poll-requeue", "spring.cloud.stream.bindings.orders-in-0.consumer.max-attempts=1"));
		List<String> handled = new CopyOnWriteArrayList<>();

		pollOne(source, m -> {
			handled.add(eid(m));
			StaticMessageHeaderAccessor.getAcknowledgmentCallback(m).acknowledge(AcknowledgmentCallback.Status.REQUEUE);
		});
		pollOne(source, m -> {
			handled.add(eid(m));
			throw new RequeueCurrentMessageException("not now");
		});
		assertThat(checkpoint("poll-requeue")).isNull();
		pollOne(source, m -> handled.add(eid(m)));
		pollOne(source, m -> handled.add(eid(m)));

		assertThat(handled).containsExactly(events.get(0).eid(), events.get(0).eid(), events.get(0).eid(),
				events.get(1).eid());
		assertThat(checkpoint("poll-requeue")).isEqualTo(events.get(1).eid());
	}

	@Test
	void aHandlerFailureNothingTookLeavesTheCheckpointAndTheEventIsPolledAgain() {
		List<Event> events = write("poll-fail", 1, 2);
		ConfigurableApplicationContext app = start("poll-fail");
		PollableMessageSource source = source(app);
		pollOne(source, m -> {
		});
		assertThat(checkpoint("poll-fail")).isEqualTo(events.get(0).eid());
		AtomicInteger attempts = new AtomicInteger();

		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> {
			try {
				return source.poll(m -> {
					attempts.incrementAndGet();
					throw new IllegalStateException("refused " + eid(m));
				});
			}
			catch (RuntimeException ex) {
				assertThat(ex).hasStackTraceContaining("refused " + events.get(1).eid());
				return true;
			}
		});
		// the binding's retries (max-attempts 3) ran, then nothing took the failure
		assertThat(attempts).hasValue(3);
		assertThat(checkpoint("poll-fail")).isEqualTo(events.get(0).eid());
		assertThatThrownBy(() -> source.poll(m -> {
			throw new IllegalStateException("refused again");
		})).hasStackTraceContaining("refused again");
		assertThat(checkpoint("poll-fail")).isEqualTo(events.get(0).eid());

		List<String> handled = new CopyOnWriteArrayList<>();
		pollOne(source, m -> handled.add(eid(m)));
		assertThat(handled).containsExactly(events.get(1).eid());
		assertThat(checkpoint("poll-fail")).isEqualTo(events.get(1).eid());
		assertThat(Bindings.binder(app).consumerBindings().get("orders-in-0").state()).isEqualTo(BindingState.RUNNING);
	}

	@Test
	void withADeadLetterQueueAFailedEventIsDeadLetteredAndCheckpointed() {
		List<Event> events = write("poll-dlq", 1, 2);
		PollableMessageSource source = source(
				start("poll-dlq", "spring.cloud.stream.rstreams.bindings.orders-in-0.consumer.enable-dlq=true",
						"spring.cloud.stream.bindings.orders-in-0.consumer.max-attempts=1"));

		pollOne(source, m -> {
			throw new IllegalStateException("refused " + eid(m));
		});

		assertThat(checkpoint("poll-dlq")).isEqualTo(events.get(0).eid());
		List<Event> dead = LocalBusSupport.readAll(bus, "error.poll-dlq.poll-dlq-bot");
		assertThat(dead).hasSize(1);
		assertThat(dead.get(0).payload()).isEqualTo(events.get(0).payload());
		assertThat(dead.get(0).correlationId()).isEqualTo(Correlation.of(events.get(0)));
		List<String> handled = new CopyOnWriteArrayList<>();
		pollOne(source, m -> handled.add(eid(m)));
		assertThat(handled).containsExactly(events.get(1).eid());
	}

	@Test
	void aStreamBridgeWriteOfTheHandlerIsAcceptedBeforeItsEventIsCheckpointed() {
		List<Event> events = write("poll-writes", 1);
		ConfigurableApplicationContext app = start("poll-writes");
		PollableMessageSource source = source(app);
		StreamBridge bridge = app.getBean(StreamBridge.class);
		List<String> handled = new CopyOnWriteArrayList<>();
		MessageHandler handler = m -> {
			handled.add(eid(m));
			bridge.send("poll-receipts", Map.of("for", eid(m)));
		};
		FaultRule refused = faults.add(FaultRule.always("Kinesis.PutRecords", Fault.SERVER_ERROR));
		try {
			pollOne(source, handler);
			// the writer gave up on the receipt: the order is not checkpointed
			assertThat(checkpoint("poll-writes")).isNull();
		}
		finally {
			refused.disable();
		}
		pollOne(source, handler);

		assertThat(handled).containsExactly(events.get(0).eid(), events.get(0).eid());
		assertThat(checkpoint("poll-writes")).isEqualTo(events.get(0).eid());
		List<Event> receipts = LocalBusSupport.readAll(bus, "poll-receipts");
		assertThat(receipts).isNotEmpty();
		assertThat(receipts.get(receipts.size() - 1).correlationId()).isEqualTo(Correlation.of(events.get(0)));
	}

}
