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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.integration.acks.AcknowledgmentCallback;
import org.springframework.messaging.Message;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The four checkpoint modes, observed in LeoCron. */
@SpringBootTest(classes = CheckpointModesTest.App.class,
		properties = { "spring.cloud.function.definition=recordBot;periodicBot;manualBot",
				"spring.cloud.stream.bindings.recordBot-in-0.destination=modes",
				"spring.cloud.stream.bindings.recordBot-in-0.group=record-bot",
				"spring.cloud.stream.rstreams.bindings.recordBot-in-0.consumer.checkpoint-mode=record",
				"spring.cloud.stream.bindings.periodicBot-in-0.destination=modes",
				"spring.cloud.stream.bindings.periodicBot-in-0.group=periodic-bot",
				"spring.cloud.stream.rstreams.bindings.periodicBot-in-0.consumer.checkpoint-mode=periodic",
				"spring.cloud.stream.rstreams.bindings.periodicBot-in-0.consumer.checkpoint-count=4",
				"spring.cloud.stream.bindings.manualBot-in-0.destination=modes",
				"spring.cloud.stream.bindings.manualBot-in-0.group=manual-bot",
				"spring.cloud.stream.rstreams.bindings.manualBot-in-0.consumer.checkpoint-mode=manual",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms" })
class CheckpointModesTest {

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		final CountingDynamo counting = CountingDynamo.create();

		final List<Message<Map<String, Object>>> manual = new CopyOnWriteArrayList<>();

		final List<String> recordCheckpoints = new CopyOnWriteArrayList<>();

		volatile LocalBus busRef;

		@Bean(destroyMethod = "close")
		LocalBus localBus() {
			busRef = LocalBus.start();
			return busRef;
		}

		@Bean
		RStreamsBusConnection rstreamsBusConnection(LocalBus bus) {
			return new RStreamsBusConnection(bus.config(), counting.client(bus), bus.objectStore(), bus.kinesis(), null,
					null, bus.options().clock(), "test");
		}

		@Bean
		Consumer<Message<Map<String, Object>>> recordBot() {
			// in record mode the previous event is checkpointed before the next one is
			// delivered
			return m -> recordCheckpoints
				.add(String.valueOf(LocalBusSupport.checkpoint(busRef, "record-bot", "modes")));
		}

		@Bean
		Consumer<Map<String, Object>> periodicBot() {
			return m -> {
			};
		}

		@Bean
		Consumer<Message<Map<String, Object>>> manualBot() {
			return manual::add;
		}

	}

	@Autowired
	App app;

	@Autowired
	LocalBus bus;

	static Map<String, AttributeValue> checkpointOf(LocalBus bus, String bot) {
		return LocalBusSupport.bot(bus, bot).get("checkpoints").m().get("read").m().get("queue:modes").m();
	}

	@Test
	void eachModeMovesTheCheckpointWhenItSays() {
		LocalBusSupport.write(bus, "modes", "producer",
				List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}", "{\"n\":5}", "{\"n\":6}"));
		List<Event> events = LocalBusSupport.readAll(bus, "modes");
		String last = events.get(5).eid();

		// record: one checkpoint per event, each covering one record
		await().atMost(Duration.ofSeconds(20))
			.until(() -> last.equals(LocalBusSupport.checkpoint(bus, "record-bot", "modes")));
		assertThat(app.recordCheckpoints).containsExactly("null", events.get(0).eid(), events.get(1).eid(),
				events.get(2).eid(), events.get(3).eid(), events.get(4).eid());
		assertThat(checkpointOf(bus, "record-bot").get("records").n()).isEqualTo("1");

		// periodic by count (4): at 4 events, then the remaining 2 are not checkpointed
		// until 4 more arrive
		await().atMost(Duration.ofSeconds(20))
			.until(() -> events.get(3).eid().equals(LocalBusSupport.checkpoint(bus, "periodic-bot", "modes")));
		assertThat(checkpointOf(bus, "periodic-bot").get("records").n()).isEqualTo("4");

		// manual: nothing until the application says so
		await().atMost(Duration.ofSeconds(20)).until(() -> app.manual.size() == 6);
		assertThat(LocalBusSupport.checkpoint(bus, "manual-bot", "modes")).isNull();
		RStreamsCheckpointer checkpointer = (RStreamsCheckpointer) app.manual.get(1)
			.getHeaders()
			.get(RStreamsHeaders.CHECKPOINTER);
		assertThat(checkpointer.eid()).isEqualTo(events.get(1).eid());
		checkpointer.checkpoint();
		assertThat(LocalBusSupport.checkpoint(bus, "manual-bot", "modes")).isEqualTo(events.get(1).eid());
		AcknowledgmentCallback ack = StaticMessageHeaderAccessor.getAcknowledgmentCallback(app.manual.get(4));
		assertThat(ack.isAutoAck()).isFalse();
		ack.acknowledge(AcknowledgmentCallback.Status.ACCEPT);
		assertThat(LocalBusSupport.checkpoint(bus, "manual-bot", "modes")).isEqualTo(events.get(4).eid());
		// never backwards
		((RStreamsCheckpointer) app.manual.get(0).getHeaders().get(RStreamsHeaders.CHECKPOINTER)).checkpoint();
		assertThat(LocalBusSupport.checkpoint(bus, "manual-bot", "modes")).isEqualTo(events.get(4).eid());
	}

}
