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
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Where a bot starts: its checkpoint, or (without one) today / beginning / now / an eid;
 * reset on demand; an anonymous consumer starts now and stores nothing. Applications are
 * started against one shared bus.
 */
class StartPositionsTest {

	static LocalBus bus;
	static List<Event> old;

	ConfigurableApplicationContext app;

	static final List<String> received = new CopyOnWriteArrayList<>();

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		RStreamsBusConnection rstreamsBusConnection() {
			return LocalBusSupport.connection(bus);
		}

		@Bean
		Consumer<Map<String, Object>> reader() {
			return m -> received.add(String.valueOf(m.get("n")));
		}

	}

	@BeforeAll
	static void startBus() {
		bus = LocalBus.start();
		LocalBusSupport.write(bus, "positions", "producer", List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}"));
		old = LocalBusSupport.readAll(bus, "positions");
	}

	@AfterAll
	static void stopBus() {
		bus.close();
	}

	@AfterEach
	void stop() {
		if (app != null) {
			app.close();
		}
		received.clear();
	}

	void start(String group, String... properties) {
		SpringApplicationBuilder b = new SpringApplicationBuilder(App.class)
			.properties("spring.cloud.function.definition=reader",
					"spring.cloud.stream.bindings.reader-in-0.destination=positions",
					"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms", "spring.main.banner-mode=off")
			.properties(properties);
		if (group != null) {
			b.properties("spring.cloud.stream.bindings.reader-in-0.group=" + group);
		}
		app = b.run();
	}

	@Test
	void aNewBotStartsAtTheStartOfTodayLikeTheNodeSdk() {
		start("new-bot");
		await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 3);
		assertThat(received.subList(0, 3)).containsExactly("1", "2", "3");
	}

	@Test
	void aBotWithACheckpointResumesAfterIt() {
		bus.checkpointer()
			.forceCheckpoint("resuming-bot", "positions", new Checkpoint(old.get(1).eid(), null, null, null, 2L));
		start("resuming-bot", "spring.cloud.stream.rstreams.default.consumer.start=beginning");
		await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 1);
		assertThat(received.get(0)).isEqualTo("3");
	}

	@Test
	void nowSkipsWhatIsAlreadyThere() {
		start("now-bot", "spring.cloud.stream.rstreams.default.consumer.start=now");
		await().atMost(Duration.ofSeconds(10)).until(() -> Bindings.reading(app, "reader-in-0"));
		LocalBusSupport.write(bus, "positions", "producer", List.of("{\"n\":4}"));
		await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
		assertThat(received).containsExactly("4");
	}

	@Test
	void anEidStartsRightAfterIt() {
		start("eid-bot", "spring.cloud.stream.rstreams.default.consumer.start=" + old.get(0).eid());
		await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
		assertThat(received.subList(0, 2)).containsExactly("2", "3");
	}

	@Test
	void resetMovesABotBackOnDemand() {
		String last = LocalBusSupport.readAll(bus, "positions").get(2).eid();
		bus.checkpointer().forceCheckpoint("reset-bot", "positions", new Checkpoint(last, null, null, null, 3L));
		start("reset-bot", "spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.reset-checkpoint=true");
		await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 3);
		assertThat(received.subList(0, 3)).containsExactly("1", "2", "3");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> LocalBusSupport.readAll(bus, "positions")
				.get(received.size() - 1)
				.eid()
				.equals(LocalBusSupport.checkpoint(bus, "reset-bot", "positions")));
	}

	@Test
	void anAnonymousConsumerStartsNowAndStoresNothing() {
		start(null);
		await().atMost(Duration.ofSeconds(10)).until(() -> Bindings.reading(app, "reader-in-0"));
		LocalBusSupport.write(bus, "positions", "producer", List.of("{\"n\":5}"));
		await().atMost(Duration.ofSeconds(20)).until(() -> received.contains("5"));
		assertThat(received).containsExactly("5");
		assertThat(LocalBusSupport.bot(bus, "anonymous")).isNull();
	}

}
