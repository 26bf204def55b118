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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The actuator endpoint on an application that runs on the auto-configured embedded bus.
 */
@SpringBootTest(classes = RStreamsEndpointTest.App.class,
		properties = { "spring.cloud.function.definition=ledger",
				"spring.cloud.stream.bindings.ledger-in-0.destination=entries",
				"spring.cloud.stream.bindings.ledger-in-0.group=ledger-bot",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
				"management.endpoints.access.default=unrestricted",
				"management.endpoints.web.exposure.include=health,info,rstreams" })
class RStreamsEndpointTest {

	static final List<Integer> seen = new CopyOnWriteArrayList<>();

	@SpringBootApplication
	static class App {

		@Bean
		Consumer<Map<String, Object>> ledger() {
			return m -> seen.add(((Number) m.get("n")).intValue());
		}

	}

	@Autowired
	RStreamsEndpoint endpoint;

	@Autowired
	LocalBus bus;

	List<Event> entries() {
		List<Event> events = new java.util.ArrayList<>();
		try (EventStream s = bus.reader().read("t", "entries", StartPosition.BEGINNING)) {
			s.forEachRemaining(e -> events.add(((ReadEntry.Ok) e).event()));
		}
		return events;
	}

	@Test
	@SuppressWarnings("unchecked")
	void listsTheBotsAndMovesAndPausesThem() {
		try (QueueWriter w = bus.writer("entry-source")) {
			for (int i = 0; i < 5; i++) {
				w.write(Event.builder().event("entries").payload(Json.mapper().createObjectNode().put("n", i)).build());
			}
			w.flush().join();
		}
		List<Event> entries = entries();
		await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 5);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> entries.get(4)
				.eid()
				.equals(((Map<String, Object>) ((Map<String, Object>) endpoint.bots().get("consumers"))
					.get("ledger-in-0")).get("checkpoint")));

		Map<String, Object> bots = endpoint.bots();
		assertThat(((Map<String, Object>) bots.get("bus")).get("local")).isEqualTo(true);
		Map<String, Object> ledger = (Map<String, Object>) ((Map<String, Object>) bots.get("consumers"))
			.get("ledger-in-0");
		assertThat(ledger).containsEntry("bot", "ledger-bot")
			.containsEntry("queue", "entries")
			.containsEntry("state", "RUNNING")
			.containsEntry("leaseHeld", true)
			.containsEntry("eventsRead", 5L);

		// move the bot back: it reads again after the given eid
		endpoint.act("ledger-in-0", "move", entries.get(1).eid());
		await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 8);
		assertThat(seen.subList(5, 8)).containsExactly(2, 3, 4);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> entries.get(4).eid().equals(bus.checkpointer().readCheckpoint("ledger-bot", "entries")));

		assertThat(endpoint.act("ledger-in-0", "pause", null)).containsKey("state");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> "PAUSED".equals(endpoint.binding("ledger-in-0").get("state")));
		endpoint.act("ledger-in-0", "resume", null);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> "RUNNING".equals(endpoint.binding("ledger-in-0").get("state")));
	}

}
