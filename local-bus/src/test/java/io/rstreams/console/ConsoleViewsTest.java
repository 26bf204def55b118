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
package io.rstreams.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.EventId;
import io.rstreams.client.bot.BotDefinition;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.leocron.BotLease;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.junit.LocalBusExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The graph, queue and bot views over a local bus: nodes and edges from LeoCron, counts
 * from the blocks, lag and health from checkpoints (each class of test gets its own bus).
 */
@ExtendWith(LocalBusExtension.class)
class ConsoleViewsTest {

	private List<Event> inputs;

	private List<Event> outputs;

	@BeforeEach
	void pipeline(LocalBus bus) throws Exception {
		if (bus.reader().queueInfo("v-in") != null) {
			inputs = ConsoleFixtures.readAll(bus, "v-in");
			outputs = ConsoleFixtures.readAll(bus, "v-out");
			return;
		}
		bus.botRegistry()
			.createBot("src-bot", new BotDefinition("src-bot", null, null, null, "queue:v-in", List.of(), null, null,
					null, Map.of(), true));
		bus.botRegistry().registerReader("mid-bot", "queue:v-in", "queue:v-out", "a test bot");
		inputs = ConsoleFixtures.write(bus, "src-bot", "v-in", null, 1, 2, 3, 4, 5);
		outputs = ConsoleFixtures.write(bus, "mid-bot", "v-out",
				List.of(Correlation.of(inputs.get(0)), Correlation.of(inputs.get(1))), 1, 2);
	}

	private void checkpoint(LocalBus bus, String eid, long endedAt) {
		new Checkpointer(bus.dynamo(), bus.config(), Duration.ofSeconds(10)).forceCheckpoint("mid-bot", "v-in",
				new Checkpoint(eid, endedAt - 100, endedAt, endedAt, 2L));
	}

	private static GraphView.Edge edge(GraphView graph, String from, String to) {
		return graph.edges()
			.stream()
			.filter(e -> e.from().equals(from) && e.to().equals(to))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No edge " + from + " -> " + to + " in " + graph.edges()));
	}

	private static GraphView.Node node(GraphView graph, String id) {
		return graph.nodes()
			.stream()
			.filter(n -> n.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No node " + id + " in " + graph.nodes()));
	}

	@Test
	void graphHasBotsQueuesAndTheirEdgesWithCountsAndLag(LocalBus bus) {
		checkpoint(bus, inputs.get(1).eid(), System.currentTimeMillis());

		GraphView graph = ConsoleFixtures.console(bus).graph();

		assertThat(node(graph, "queue:v-in").events()).isEqualTo(5);
		assertThat(node(graph, "queue:v-in").eventsExact()).isTrue();
		assertThat(node(graph, "queue:v-out").events()).isEqualTo(2);
		assertThat(node(graph, "queue:v-in").maxEid()).isEqualTo(inputs.get(4).eid());
		assertThat(node(graph, "bot:mid-bot").kind()).isEqualTo("bot");
		assertThat(edge(graph, "bot:src-bot", "queue:v-in").kind()).isEqualTo("write");
		assertThat(edge(graph, "bot:src-bot", "queue:v-in").checkpoint()).isNotNull();
		assertThat(edge(graph, "bot:mid-bot", "queue:v-out").kind()).isEqualTo("write");
		GraphView.Edge read = edge(graph, "queue:v-in", "bot:mid-bot");
		assertThat(read.kind()).isEqualTo("read");
		assertThat(read.checkpoint()).isEqualTo(inputs.get(1).eid());
		assertThat(read.behind()).isEqualTo(3);
		assertThat(read.lagMillis()).isEqualTo(EventId.parse(inputs.get(4).eid()).timestampMillis()
				- EventId.parse(inputs.get(1).eid()).timestampMillis());
		assertThat(read.sourceLagMillis()).isEqualTo(100);
	}

	@Test
	void aProducerWithoutALeoCronItemIsSeenFromTheIdOfItsEvents(LocalBus bus) throws Exception {
		List<Event> loose = ConsoleFixtures.write(bus, "loose-writer", "v-loose", null, 1, 2);

		GraphView graph = ConsoleFixtures.console(bus).graph();

		assertThat(node(graph, "bot:loose-writer").registered()).isFalse();
		assertThat(node(graph, "bot:mid-bot").registered()).isTrue();
		GraphView.Edge write = edge(graph, "bot:loose-writer", "queue:v-loose");
		assertThat(write.kind()).isEqualTo("write");
		assertThat(write.checkpoint()).isEqualTo(loose.get(1).eid());
		// a registered producer keeps its one edge, from its write checkpoint
		assertThat(graph.edges()).filteredOn(e -> e.from().equals("bot:src-bot") && e.to().equals("queue:v-in"))
			.hasSize(1);
	}

	@Test
	void aCaughtUpReaderIsHealthyWhateverTheTime(LocalBus bus) {
		checkpoint(bus, inputs.get(4).eid(), System.currentTimeMillis() - Duration.ofHours(3).toMillis());

		GraphView graph = ConsoleFixtures.console(bus).graph();

		assertThat(edge(graph, "queue:v-in", "bot:mid-bot").behind()).isZero();
		assertThat(edge(graph, "queue:v-in", "bot:mid-bot").health()).isEqualTo("healthy");
		assertThat(node(graph, "bot:mid-bot").health()).isEqualTo("healthy");
	}

	@Test
	void aReaderFarBehindTheNewestEventIsLagging(LocalBus bus) {
		String tenMinutesBefore = EventId
			.of(EventId.parse(inputs.get(0).eid()).timestampMillis() - Duration.ofMinutes(10).toMillis(), 0)
			.value();
		checkpoint(bus, tenMinutesBefore, System.currentTimeMillis());

		GraphView graph = ConsoleFixtures.console(bus).graph();

		GraphView.Edge read = edge(graph, "queue:v-in", "bot:mid-bot");
		assertThat(read.behind()).isEqualTo(5);
		assertThat(read.lagMillis()).isGreaterThan(Duration.ofMinutes(10).toMillis() - 1);
		assertThat(read.health()).isEqualTo("lagging");
		assertThat(node(graph, "bot:mid-bot").health()).isEqualTo("lagging");
	}

	@Test
	void aReaderBehindWhoseCheckpointDoesNotMoveIsStale(LocalBus bus) {
		checkpoint(bus, inputs.get(1).eid(), System.currentTimeMillis());
		Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(6)), ZoneOffset.UTC);

		GraphView graph = ConsoleFixtures.console(bus, later, HealthRules.defaults(), ConsoleBindings.NONE).graph();

		assertThat(edge(graph, "queue:v-in", "bot:mid-bot").health()).isEqualTo("stale");
		assertThat(node(graph, "bot:mid-bot").health()).isEqualTo("stale");
		// with a longer stale threshold the same reader is only behind
		GraphView lenient = ConsoleFixtures
			.console(bus, later, new HealthRules(Duration.ofMinutes(1), Duration.ofMinutes(10)), ConsoleBindings.NONE)
			.graph();
		assertThat(edge(lenient, "queue:v-in", "bot:mid-bot").health()).isEqualTo("healthy");
	}

	@Test
	void aBlockedBindingOrABotTheBusGaveUpOnIsBlocked(LocalBus bus) {
		checkpoint(bus, inputs.get(4).eid(), System.currentTimeMillis());
		ConsoleBindings blocked = () -> List.of(new BindingView("midBot-in-0", "mid-bot", "v-in", "BLOCKED",
				"Handler failed", "2026-12-01T00:00:00Z", inputs.get(4).eid(), inputs.get(4).eid(), true, "me"));

		GraphView graph = ConsoleFixtures.console(bus, Clock.systemUTC(), HealthRules.defaults(), blocked).graph();

		assertThat(node(graph, "bot:mid-bot").health()).isEqualTo("blocked");
		assertThat(node(graph, "bot:src-bot").health()).isEqualTo("healthy");

		bus.dynamo()
			.updateItem(u -> u.tableName(bus.config().leoCron())
				.key(Map.of("id", AttributeValue.fromS("src-bot")))
				.updateExpression("set errorCount = :n")
				.expressionAttributeValues(Map.of(":n", AttributeValue.fromN("11"))))
			.join();
		assertThat(node(ConsoleFixtures.console(bus).graph(), "bot:src-bot").health()).isEqualTo("blocked");
		bus.dynamo()
			.updateItem(u -> u.tableName(bus.config().leoCron())
				.key(Map.of("id", AttributeValue.fromS("src-bot")))
				.updateExpression("remove errorCount"))
			.join();
	}

	@Test
	void queueViewPagesTheEventsWithTheirEnvelopeAndFiltersByAJsonPath(LocalBus bus) {
		BusConsole console = ConsoleFixtures.console(bus);

		QueueView newest = console.queue("v-in", null, 2, null, null);
		assertThat(newest.total()).isEqualTo(5);
		assertThat(newest.maxEid()).isEqualTo(inputs.get(4).eid());
		assertThat(newest.events()).extracting(e -> e.path("eid").asString())
			.containsExactly(inputs.get(3).eid(), inputs.get(4).eid());
		assertThat(newest.blocks()).isNotEmpty();
		assertThat(newest.blocks().stream().mapToLong(QueueView.BlockBar::records).sum()).isEqualTo(5);
		assertThat(newest.writers()).extracting(GraphView.Edge::from).containsExactly("bot:src-bot");
		assertThat(newest.readers()).extracting(GraphView.Edge::to).containsExactly("bot:mid-bot");

		QueueView first = console.queue("v-in", "z/", 2, null, null);
		assertThat(first.events()).extracting(e -> e.path("payload").path("n").asInt()).containsExactly(1, 2);
		assertThat(first.next()).isEqualTo(inputs.get(1).eid());
		QueueView second = console.queue("v-in", first.next(), 2, null, null);
		assertThat(second.events()).extracting(e -> e.path("payload").path("n").asInt()).containsExactly(3, 4);
		QueueView last = console.queue("v-in", second.next(), 2, null, null);
		assertThat(last.events()).extracting(e -> e.path("payload").path("n").asInt()).containsExactly(5);
		assertThat(last.next()).isNull();

		JsonAssert envelope = new JsonAssert(first.events().get(0));
		envelope.has("id", "src-bot").has("event", "v-in").has("eid", inputs.get(0).eid());
		assertThat(first.events().get(0).path("event_source_timestamp").asLong())
			.isEqualTo(inputs.get(0).eventSourceTimestamp());
		assertThat(first.events().get(0).path("eidTime").asLong())
			.isEqualTo(EventId.parse(inputs.get(0).eid()).timestampMillis());

		QueueView filtered = console.queue("v-in", "z/", 10, "$.payload.n", "4");
		assertThat(filtered.events()).extracting(e -> e.path("eid").asString()).containsExactly(inputs.get(3).eid());
		assertThat(filtered.scanned()).isEqualTo(5);
		QueueView byCorrelation = console.queue("v-out", null, 10, "correlation_id.start", inputs.get(1).eid());
		assertThat(byCorrelation.events()).extracting(e -> e.path("eid").asString())
			.containsExactly(outputs.get(1).eid());
		assertThatThrownBy(() -> console.queue("v-in", "not-an-eid", 10, null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void botViewShowsCheckpointsLagLeaseAndThisApplicationsBindings(LocalBus bus) {
		checkpoint(bus, inputs.get(2).eid(), System.currentTimeMillis());
		BotLease lease = new BotLease(bus.dynamo(), bus.config(), "mid-bot", "queue:v-in", "host-1/pid-2",
				Duration.ofMinutes(5), Clock.systemUTC(), Duration.ofSeconds(10));
		assertThat(lease.tryAcquire()).isTrue();
		ConsoleBindings bindings = () -> List.of(
				new BindingView("midBot-in-0", "mid-bot", "v-in", "RUNNING", "Boom", "2026-12-01T00:00:00Z",
						inputs.get(2).eid(), inputs.get(2).eid(), true, "host-1/pid-2"),
				new BindingView("other-in-0", "other-bot", "x", "RUNNING", null, null, "z/", null, false, "me"));

		BotView bot = ConsoleFixtures.console(bus, Clock.systemUTC(), HealthRules.defaults(), bindings)
			.bot("mid-bot", false);

		assertThat(bot.name()).isEqualTo("mid-bot");
		assertThat(bot.description()).isEqualTo("a test bot");
		assertThat(bot.reads()).hasSize(1);
		BotView.Read read = bot.reads().get(0);
		assertThat(read.queue()).isEqualTo("v-in");
		assertThat(read.edge().checkpoint()).isEqualTo(inputs.get(2).eid());
		assertThat(read.edge().behind()).isEqualTo(2);
		assertThat(read.lease().owner()).isEqualTo("host-1/pid-2");
		assertThat(read.leaseHeld()).isTrue();
		assertThat(bot.writes()).extracting(GraphView.Edge::to).containsExactly("queue:v-out");
		assertThat(bot.writes().get(0).checkpoint()).isNotNull();
		assertThat(bot.bindings()).extracting(BindingView::binding).containsExactly("midBot-in-0");
		assertThat(bot.bindings().get(0).lastError()).isEqualTo("Boom");
		assertThat(bot.actionsEnabled()).isFalse();
		assertThat(bot.item().path("checkpoints").path("read").has("queue:v-in")).isTrue();
		assertThat(ConsoleFixtures.console(bus).bot("no-such-bot", false)).isNull();
	}

	/** Small fluent check of JSON fields. */
	record JsonAssert(tools.jackson.databind.JsonNode node) {
		JsonAssert has(String field, String value) {
			assertThat(node.path(field).asString()).as(field).isEqualTo(value);
			return this;
		}
	}

}
