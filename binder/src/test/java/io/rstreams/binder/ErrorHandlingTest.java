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
import java.util.function.Consumer;

import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.binder.observability.RStreamsBinderHealthIndicator;
import io.rstreams.client.Event;
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
import org.springframework.context.annotation.Import;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.messaging.support.ErrorMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Which error handlers make a binding move on past an event its function refuses, and
 * which leave it keeping the event (checkpoint before it, state {@code BLOCKED}, retried
 * after {@code error-backoff}).
 *
 * <p>
 * Spring Cloud Stream puts a rethrowing handler last on the binding's error channel
 * ({@code <queue>.<group>.errors}) and bridges that channel to the global
 * {@code errorChannel}: a subscriber of {@code errorChannel}, or one added later to the
 * channel the binder made, sees every failure but cannot accept one (the rethrowing
 * handler runs after it). Only {@code error-handler-definition}, or a subscriber of the
 * binding's error channel declared in the application (Spring Integration then creates
 * that channel before the binding, as a plain channel, and the binder adds neither the
 * rethrowing handler, nor the bridge, nor its dead-letter handler), accepts the failure.
 */
class ErrorHandlingTest {

	static final String OWN_ERRORS = "err-own.err-own-bot.errors";
	static final String OWN_DLQ_ERRORS = "err-own-dlq.err-own-dlq-bot.errors";
	static final String OWN_FLOW_ERRORS = "err-own-flow.err-own-flow-bot.errors";
	static final String LATE_ERRORS = "err-late.err-late-bot.errors";

	static LocalBus bus;
	static final List<Message<?>> handled = new CopyOnWriteArrayList<>();
	static final List<Integer> seen = new CopyOnWriteArrayList<>();

	final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	record Parcel(int n) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			return LocalBusSupport.connection(bus);
		}

		@Bean
		Consumer<Parcel> picky() {
			return parcel -> {
				seen.add(parcel.n());
				if (parcel.n() == 2) {
					throw new IllegalStateException("parcel 2 is refused");
				}
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(App.class)
	static class GlobalServiceActivator {

		@ServiceActivator(inputChannel = "errorChannel")
		public void handle(ErrorMessage message) {
			handled.add(message);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(App.class)
	static class GlobalFlow {

		@Bean
		IntegrationFlow globalErrors() {
			return IntegrationFlow.from("errorChannel").handle((MessageHandler) handled::add).get();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(App.class)
	static class OwnChannelServiceActivator {

		@ServiceActivator(inputChannel = OWN_ERRORS)
		public void handle(ErrorMessage message) {
			handled.add(message);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(App.class)
	static class OwnChannelFlow {

		@Bean
		IntegrationFlow ownErrors() {
			return IntegrationFlow.from(OWN_FLOW_ERRORS).handle((MessageHandler) handled::add).get();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(App.class)
	static class OwnChannelServiceActivatorWithDeadLetters {

		@ServiceActivator(inputChannel = OWN_DLQ_ERRORS)
		public void handle(ErrorMessage message) {
			handled.add(message);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(App.class)
	static class ErrorHandlerDefinition {

		@Bean
		Consumer<ErrorMessage> parcelErrors() {
			return handled::add;
		}

	}

	@BeforeAll
	static void startBus() {
		bus = LocalBus.start();
	}

	@AfterAll
	static void stopBus() {
		bus.close();
	}

	@AfterEach
	void stopApps() {
		apps.forEach(ConfigurableApplicationContext::close);
		apps.clear();
		handled.clear();
		seen.clear();
	}

	@Test
	void aServiceActivatorOnTheGlobalErrorChannelSeesTheFailureButTheBindingKeepsTheEvent() {
		ConfigurableApplicationContext app = start(GlobalServiceActivator.class, "err-global");
		List<Event> inputs = writeParcels("err-global");
		await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() >= 2);
		assertKeptTheEvent(app, "err-global", inputs);
		assertThat(((ErrorMessage) handled.get(0)).getOriginalMessage().getHeaders().get(RStreamsHeaders.EID))
			.isEqualTo(inputs.get(1).eid());
	}

	@Test
	void anIntegrationFlowFromTheGlobalErrorChannelSeesTheFailureButTheBindingKeepsTheEvent() {
		ConfigurableApplicationContext app = start(GlobalFlow.class, "err-flow");
		List<Event> inputs = writeParcels("err-flow");
		await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() >= 2);
		assertKeptTheEvent(app, "err-flow", inputs);
	}

	@Test
	void aServiceActivatorOnTheBindingsErrorChannelAcceptsTheFailureAndTheBindingMovesOn() {
		ConfigurableApplicationContext app = start(OwnChannelServiceActivator.class, "err-own");
		List<Event> inputs = writeParcels("err-own");
		assertMovedOn(app, "err-own", inputs);
	}

	@Test
	void anIntegrationFlowFromTheBindingsErrorChannelAcceptsTheFailureAndTheBindingMovesOn() {
		ConfigurableApplicationContext app = start(OwnChannelFlow.class, "err-own-flow");
		List<Event> inputs = writeParcels("err-own-flow");
		assertMovedOn(app, "err-own-flow", inputs);
	}

	@Test
	void aServiceActivatorOnTheBindingsErrorChannelTakesThePlaceOfTheDeadLetterQueue() {
		ConfigurableApplicationContext app = start(OwnChannelServiceActivatorWithDeadLetters.class, "err-own-dlq",
				"spring.cloud.stream.rstreams.bindings.picky-in-0.consumer.enable-dlq=true");
		List<Event> inputs = writeParcels("err-own-dlq");
		assertMovedOn(app, "err-own-dlq", inputs);
		assertThat(LocalBusSupport.readAll(bus, "error.err-own-dlq.err-own-dlq-bot")).isEmpty();
	}

	@Test
	void aSubscriberAddedToTheChannelTheBinderMadeSeesTheFailureButTheBindingKeepsTheEvent() {
		ConfigurableApplicationContext app = start(App.class, "err-late");
		// the binder made this channel, with its rethrowing handler kept last
		app.getBean(LATE_ERRORS, SubscribableChannel.class).subscribe(handled::add);
		List<Event> inputs = writeParcels("err-late");
		await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() >= 2);
		assertKeptTheEvent(app, "err-late", inputs);
	}

	@Test
	void anErrorHandlerDefinitionAcceptsTheFailureAndTheBindingMovesOn() {
		ConfigurableApplicationContext app = start(ErrorHandlerDefinition.class, "err-def",
				"spring.cloud.stream.bindings.picky-in-0.error-handler-definition=parcelErrors");
		List<Event> inputs = writeParcels("err-def");
		assertMovedOn(app, "err-def", inputs);
	}

	@Test
	void anErrorHandlerDefinitionTakesThePlaceOfTheDeadLetterQueue() {
		ConfigurableApplicationContext app = start(ErrorHandlerDefinition.class, "err-dlq",
				"spring.cloud.stream.bindings.picky-in-0.error-handler-definition=parcelErrors",
				"spring.cloud.stream.rstreams.bindings.picky-in-0.consumer.enable-dlq=true");
		List<Event> inputs = writeParcels("err-dlq");
		assertMovedOn(app, "err-dlq", inputs);
		assertThat(LocalBusSupport.readAll(bus, "error.err-dlq.err-dlq-bot")).isEmpty();
	}

	@Test
	void withoutAnyHandlerTheBindingKeepsTheEventAndRetriesIt() {
		ConfigurableApplicationContext app = start(App.class, "err-none");
		List<Event> inputs = writeParcels("err-none");
		await().atMost(Duration.ofSeconds(20)).until(() -> seen.stream().filter(n -> n == 2).count() >= 2);
		assertKeptTheEvent(app, "err-none", inputs);
		assertThat(Bindings.consumer(app, "picky-in-0").stats().eventsFailed()).isGreaterThanOrEqualTo(2);
	}

	private ConfigurableApplicationContext start(Class<?> config, String queue, String... properties) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(config)
			.properties("spring.main.banner-mode=off", "spring.cloud.function.definition=picky",
					"spring.cloud.stream.bindings.picky-in-0.destination=" + queue,
					"spring.cloud.stream.bindings.picky-in-0.group=" + queue + "-bot",
					"spring.cloud.stream.bindings.picky-in-0.consumer.max-attempts=1",
					"spring.cloud.stream.rstreams.default.consumer.start=beginning",
					"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
					"spring.cloud.stream.rstreams.default.consumer.error-backoff=100ms")
			.properties(properties)
			.run();
		apps.add(app);
		return app;
	}

	private static List<Event> writeParcels(String queue) {
		LocalBusSupport.write(bus, queue, "parcel-source", List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}"));
		return LocalBusSupport.readAll(bus, queue);
	}

	/**
	 * Past the refused event: checkpoint at the last one, reading, and the failure
	 * handled exactly once.
	 */
	private static void assertMovedOn(ConfigurableApplicationContext app, String queue, List<Event> inputs) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> inputs.get(2).eid().equals(LocalBusSupport.checkpoint(bus, queue + "-bot", queue)));
		RStreamsInboundChannelAdapter binding = Bindings.consumer(app, "picky-in-0");
		assertThat(binding.state()).isEqualTo(BindingState.RUNNING);
		assertThat(binding.blockedSince()).isNull();
		assertThat(seen).containsExactly(1, 2, 3);
		assertThat(handled).hasSize(1);
		assertThat(((ErrorMessage) handled.get(0)).getOriginalMessage().getHeaders().get(RStreamsHeaders.EID))
			.isEqualTo(inputs.get(1).eid());
		assertThat(new RStreamsBinderHealthIndicator(Bindings.binder(app)).health().getStatus()).isEqualTo(Status.UP);
	}

	/**
	 * Held at the refused event: checkpoint before it, BLOCKED there, health DOWN with
	 * where, since when and why.
	 */
	private static void assertKeptTheEvent(ConfigurableApplicationContext app, String queue, List<Event> inputs) {
		RStreamsInboundChannelAdapter binding = Bindings.consumer(app, "picky-in-0");
		await().atMost(Duration.ofSeconds(10)).until(() -> binding.state() == BindingState.BLOCKED);
		assertThat(LocalBusSupport.checkpoint(bus, queue + "-bot", queue)).isEqualTo(inputs.get(0).eid());
		assertThat(binding.position().eid()).isEqualTo(inputs.get(0).eid());
		assertThat(seen).doesNotContain(3);
		Health health = new RStreamsBinderHealthIndicator(Bindings.binder(app)).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		Map<String, Object> blocked = blockedDetails(health);
		assertThat(blocked.get("at")).isEqualTo(inputs.get(0).eid());
		assertThat(blocked.get("since")).isNotNull();
		assertThat(String.valueOf(blocked.get("reason"))).contains("parcel 2 is refused");
		assertThat(blocked.get("transient")).isEqualTo(false);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> blockedDetails(Health health) {
		Map<String, Object> bindings = (Map<String, Object>) health.getDetails().get("bindings");
		Map<String, Object> binding = (Map<String, Object>) bindings.get("picky-in-0");
		assertThat(binding).containsEntry("state", "BLOCKED").containsKey("blocked");
		return (Map<String, Object>) binding.get("blocked");
	}

}
