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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.binder.outbound.RStreamsMessageHandler;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.faults.Fault;
import io.rstreams.localbus.faults.FaultInjector;
import io.rstreams.localbus.faults.FaultRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.config.ConsumerEndpointCustomizer;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.ErrorMessage;

/**
 * Spring Cloud Stream's customizer beans reach the binder's endpoints and handlers, and a
 * write the bus refuses after StreamBridge returned reaches the producer binding's error
 * channel.
 */
@SpringBootTest(classes = CustomizersAndProducerErrorsTest.App.class, properties = {
		"spring.cloud.function.definition=sink", "spring.cloud.stream.bindings.sink-in-0.destination=sinkq",
		"spring.cloud.stream.bindings.sink-in-0.group=sink-bot", "spring.cloud.stream.output-bindings=alertsOut",
		"spring.cloud.stream.bindings.alertsOut-out-0.destination=alerts",
		"spring.cloud.stream.bindings.alertsOut-out-0.producer.error-channel-enabled=true",
		"spring.cloud.stream.rstreams.bindings.alertsOut-out-0.producer.linger=20ms",
		"spring.cloud.stream.rstreams.bindings.alertsOut-out-0.producer.max-attempts=2" })
class CustomizersAndProducerErrorsTest {

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		final FaultInjector faults = new FaultInjector(7);

		final List<String> consumersCustomized = new CopyOnWriteArrayList<>();

		final List<String> producersCustomized = new CopyOnWriteArrayList<>();

		final List<ErrorMessage> errors = new CopyOnWriteArrayList<>();

		@Bean(destroyMethod = "close")
		LocalBus localBus() {
			return LocalBus.start();
		}

		@Bean
		RStreamsBusConnection rstreamsBusConnection(LocalBus bus) {
			return new RStreamsBusConnection(bus.config(), bus.dynamo(), bus.objectStore(),
					faults.kinesis(bus.kinesis()), null, null, bus.options().clock(),
					"a local bus with a faulty stream");
		}

		@Bean
		Consumer<Map<String, Object>> sink() {
			return m -> {
			};
		}

		@Bean
		ConsumerEndpointCustomizer<RStreamsInboundChannelAdapter> consumerCustomizer() {
			return (adapter, destination, group) -> consumersCustomized
				.add(destination + "/" + group + "/" + adapter.queue());
		}

		@Bean
		ProducerMessageHandlerCustomizer<RStreamsMessageHandler> producerCustomizer() {
			return (handler, destination) -> producersCustomized.add(destination + "/" + handler.queue());
		}

		@ServiceActivator(inputChannel = "errorChannel")
		void errors(ErrorMessage error) {
			errors.add(error);
		}

	}

	@Autowired
	App app;

	@Autowired
	StreamBridge bridge;

	@Test
	void customizerBeansAreAppliedToEveryBinding() {
		assertThat(app.consumersCustomized).containsExactly("sinkq/sink-bot/sinkq");
		bridge.send("alertsOut-out-0", Map.of("level", "info"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !app.producersCustomized.isEmpty());
		assertThat(app.producersCustomized).contains("alerts/alerts");
	}

	@Test
	void aWriteTheBusRefusesAfterSendReturnedReachesTheErrorChannel() {
		FaultRule denied = app.faults.add(FaultRule.always("Kinesis.PutRecords", Fault.ACCESS_DENIED));
		try {
			assertThat(bridge.send("alertsOut-out-0", Map.of("level", "fatal"))).isTrue();
			await().atMost(Duration.ofSeconds(20)).until(() -> app.errors.stream().anyMatch(this::isTheFatalOne));
			ErrorMessage error = app.errors.stream().filter(this::isTheFatalOne).findFirst().orElseThrow();
			assertThat(error.getPayload()).hasMessageContaining("alerts");
			assertThat(messages(error.getPayload())).containsIgnoringCase("access denied")
				.contains("kinesis:PutRecords");
		}
		finally {
			denied.disable();
		}
	}

	private boolean isTheFatalOne(ErrorMessage e) {
		if (!(e.getPayload() instanceof MessagingException me) || me.getFailedMessage() == null) {
			return false;
		}
		Object payload = me.getFailedMessage().getPayload();
		String text = payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
				: String.valueOf(payload);
		return text.contains("fatal");
	}

	/** The messages of the whole cause chain. */
	private static String messages(Throwable t) {
		StringBuilder all = new StringBuilder();
		for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
			all.append(c.getMessage()).append('\n');
		}
		return all.toString();
	}

}
