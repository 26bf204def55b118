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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The actuator endpoint on an application that runs on the auto-configured embedded bus.
 */
@SpringBootTest(classes = RStreamsEndpointTest.App.class,
		properties = { "spring.cloud.function.definition=ledger;books",
				"spring.cloud.stream.bindings.ledger-in-0.destination=entries",
				"spring.cloud.stream.bindings.ledger-in-0.group=ledger-bot",
				"spring.cloud.stream.bindings.books-in-0.destination=books-a,books-b",
				"spring.cloud.stream.bindings.books-in-0.group=books-bot",
				"spring.cloud.stream.rstreams.default.consumer.start=beginning",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=100ms",
				"management.endpoints.access.default=unrestricted",
				"management.endpoints.web.exposure.include=health,info,rstreams" })
class RStreamsEndpointTest {

	static final List<Integer> seen = new CopyOnWriteArrayList<>();

	static final List<String> books = new CopyOnWriteArrayList<>();

	@SpringBootApplication
	static class App {

		@Bean
		Consumer<Map<String, Object>> ledger() {
			return m -> seen.add(((Number) m.get("n")).intValue());
		}

		@Bean
		Consumer<Map<String, Object>> books() {
			return m -> books.add(m.get("q") + "-" + m.get("n"));
		}

	}

	@Autowired
	RStreamsEndpoint endpoint;

	@Autowired
	LocalBus bus;

	List<Event> entries() {
		return events("entries");
	}

	List<Event> events(String queue) {
		List<Event> events = new java.util.ArrayList<>();
		try (EventStream s = bus.reader().read("t", queue, StartPosition.BEGINNING)) {
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

	@Test
	@SuppressWarnings("unchecked")
	void showsEachQueueOfABindingOfSeveralAndMovesTheOneNamed() {
		try (QueueWriter w = bus.writer("book-source")) {
			for (int i = 0; i < 3; i++) {
				w.write(Event.builder()
					.event("books-a")
					.payload(Json.mapper().createObjectNode().put("q", "a").put("n", i))
					.build());
				w.write(Event.builder()
					.event("books-b")
					.payload(Json.mapper().createObjectNode().put("q", "b").put("n", i))
					.build());
			}
			w.flush().join();
		}
		List<Event> a = events("books-a");
		List<Event> b = events("books-b");
		await().atMost(Duration.ofSeconds(20)).until(() -> books.size() == 6);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> a.get(2).eid().equals(bus.checkpointer().readCheckpoint("books-bot", "books-a"))
					&& b.get(2).eid().equals(bus.checkpointer().readCheckpoint("books-bot", "books-b")));

		Map<String, Object> binding = endpoint.binding("books-in-0");
		assertThat(binding).containsEntry("bot", "books-bot")
			.containsEntry("queue", "books-a,books-b")
			.containsEntry("state", "RUNNING")
			.containsEntry("eventsRead", 6L);
		Map<String, Map<String, Object>> queues = (Map<String, Map<String, Object>>) binding.get("queues");
		assertThat(queues).containsOnlyKeys("books-a", "books-b");
		assertThat(queues.get("books-a")).containsEntry("checkpoint", a.get(2).eid()).containsEntry("leaseHeld", true);
		assertThat(queues.get("books-b")).containsEntry("checkpoint", b.get(2).eid()).containsEntry("eventsRead", 3L);
		Map<String, Object> listed = (Map<String, Object>) ((Map<String, Object>) endpoint.bots().get("consumers"))
			.get("books-in-0");
		assertThat((Map<String, Object>) listed.get("queues")).containsOnlyKeys("books-a", "books-b");

		// an eid is a position in one queue: a move names it, and only that queue reads
		// again
		assertThatThrownBy(() -> endpoint.act("books-in-0", "move", a.get(0).eid()))
			.hasMessageContaining("name the queue");
		endpoint.act("books-in-0", "move", a.get(0).eid(), "books-a");
		await().atMost(Duration.ofSeconds(20)).until(() -> books.size() == 8);
		assertThat(books.subList(6, 8)).containsExactly("a-1", "a-2");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> a.get(2).eid().equals(bus.checkpointer().readCheckpoint("books-bot", "books-a")));
		assertThat(bus.checkpointer().readCheckpoint("books-bot", "books-b")).isEqualTo(b.get(2).eid());
	}

}
