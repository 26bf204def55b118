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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.rstreams.client.bus.QueueInfo;
import io.rstreams.client.read.QueueReader;
import io.rstreams.console.BotItem.CheckpointEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes a {@link BotView} from the bot's LeoCron item and its queues' LeoEvent items.
 */
final class BotViewBuilder {

	private final BusTables tables;

	private final QueueReader reader;

	private final GraphBuilder graph;

	private final Clock clock;

	BotViewBuilder(BusTables tables, QueueReader reader, GraphBuilder graph, Clock clock) {
		this.tables = Objects.requireNonNull(tables);
		this.reader = Objects.requireNonNull(reader);
		this.graph = Objects.requireNonNull(graph);
		this.clock = Objects.requireNonNull(clock);
	}

	/** The bot's view, or {@code null} when LeoCron has no such bot. */
	BotView build(String botId, List<BindingView> allBindings, boolean actionsEnabled) {
		JsonNode item = tables.bot(botId);
		if (item == null) {
			return null;
		}
		BotItem bot = BotItem.of(item);
		long now = clock.millis();
		List<BindingView> bindings = allBindings.stream().filter(b -> b.botId().equals(bot.id())).toList();
		Health health = bot.errorCount() > 10 || bindings.stream().anyMatch(BindingView::isBlocked) ? Health.BLOCKED
				: Health.HEALTHY;
		List<BotView.Read> reads = new ArrayList<>();
		for (String queue : bot.readQueues()) {
			QueueInfo info = reader.queueInfo(queue);
			GraphView.Edge edge = graph.readEdge(bot, queue, info == null ? null : info.maxEid(), now);
			health = Health.worst(health, Health.valueOf(edge.health().toUpperCase(Locale.ROOT)));
			BotItem.Lease lease = bot.leases().get(queue);
			boolean held = lease != null && lease.expires() != null && lease.expires() >= now;
			reads.add(new BotView.Read(queue, edge, lease, held, bot.fanout().getOrDefault(queue, Map.of())));
		}
		List<GraphView.Edge> writes = new ArrayList<>();
		for (Map.Entry<String, CheckpointEntry> w : bot.writes().entrySet()) {
			CheckpointEntry c = w.getValue();
			Long sourceLag = c.endedTimestamp() != null && c.sourceTimestamp() != null
					? c.endedTimestamp() - c.sourceTimestamp() : null;
			writes.add(new GraphView.Edge(GraphBuilder.botNode(bot.id()), GraphBuilder.queueNode(w.getKey()), "write",
					c.checkpoint(), c.records() == null ? 0 : c.records(), true, 0, c.endedTimestamp(), sourceLag,
					Health.HEALTHY.label()));
		}
		return new BotView(bot.id(), bot.name(), bot.description(), health.label(), bot.paused(), bot.errorCount(),
				reads, writes, bindings, actionsEnabled, withoutBinary(item));
	}

	/**
	 * The item without binary attributes (a Lambda bot's gzip {@code log},
	 * {@code result}).
	 */
	static JsonNode withoutBinary(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = object.objectNode();
			object.properties().forEach(e -> {
				if (!e.getValue().isBinary()) {
					copy.set(e.getKey(), withoutBinary(e.getValue()));
				}
			});
			return copy;
		}
		return node;
	}

}
