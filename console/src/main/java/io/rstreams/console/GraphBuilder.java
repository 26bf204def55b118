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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.rstreams.client.EventId;
import io.rstreams.console.BotItem.CheckpointEntry;
import tools.jackson.databind.JsonNode;

/**
 * Computes the {@link GraphView} from LeoCron, LeoEvent and the blocks' counts, and the
 * lag and health of each read edge (see {@link HealthRules}).
 */
final class GraphBuilder {

	private final BusTables tables;

	private final EventCounter counter;

	private final ProducerScan producers;

	private final HealthRules rules;

	private final Clock clock;

	GraphBuilder(BusTables tables, EventCounter counter, ProducerScan producers, HealthRules rules, Clock clock) {
		this.tables = Objects.requireNonNull(tables);
		this.counter = Objects.requireNonNull(counter);
		this.producers = Objects.requireNonNull(producers);
		this.rules = Objects.requireNonNull(rules);
		this.clock = Objects.requireNonNull(clock);
	}

	GraphView build(List<BindingView> bindings) {
		long now = clock.millis();
		List<JsonNode> botItems = tables.bots();
		List<JsonNode> queueItems = tables.queues();
		Map<String, JsonNode> queues = new LinkedHashMap<>();
		queueItems.forEach(q -> queues.put(q.path("event").asString(""), q));
		List<BotItem> bots = botItems.stream().map(BotItem::of).toList();
		bots.forEach(b -> {
			b.readQueues().forEach(q -> queues.putIfAbsent(q, null));
			b.writes().keySet().forEach(q -> queues.putIfAbsent(q, null));
		});

		List<GraphView.Edge> edges = new ArrayList<>();
		List<GraphView.Node> nodes = new ArrayList<>();
		for (BotItem bot : bots) {
			Health health = bot.errorCount() > 10 ? Health.BLOCKED : Health.HEALTHY;
			for (BindingView binding : bindings) {
				if (binding.botId().equals(bot.id()) && binding.isBlocked()) {
					health = Health.BLOCKED;
				}
			}
			for (String queue : bot.readQueues()) {
				GraphView.Edge edge = readEdge(bot, queue, maxEid(queues.get(queue)), now);
				edges.add(edge);
				health = Health.worst(health, Health.valueOf(edge.health().toUpperCase(java.util.Locale.ROOT)));
			}
			Long lastWrite = null;
			for (Map.Entry<String, CheckpointEntry> write : bot.writes().entrySet()) {
				CheckpointEntry c = write.getValue();
				edges.add(new GraphView.Edge(botNode(bot.id()), queueNode(write.getKey()), "write", c.checkpoint(), 0,
						true, 0, c.endedTimestamp(), sourceLag(c), Health.HEALTHY.label()));
				if (c.endedTimestamp() != null && (lastWrite == null || c.endedTimestamp() > lastWrite)) {
					lastWrite = c.endedTimestamp();
				}
			}
			nodes.add(new GraphView.Node(botNode(bot.id()), "bot", bot.name(), health.label(), bot.paused(), null, null,
					true, lastWrite, true));
		}
		Map<String, BotItem> registered = new LinkedHashMap<>();
		bots.forEach(b -> registered.put(b.id(), b));
		Map<String, Long> unregistered = new LinkedHashMap<>();
		queues.forEach((queue, item) -> producers.producers(queue, maxEid(item)).forEach((id, seen) -> {
			BotItem bot = registered.get(id);
			if (bot != null && bot.writes().containsKey(queue)) {
				return;
			}
			edges.add(new GraphView.Edge(botNode(id), queueNode(queue), "write", seen.eid(), 0, true, 0,
					seen.timestamp(), null, Health.HEALTHY.label()));
			if (bot == null) {
				unregistered.merge(id, seen.timestamp() == null ? 0L : seen.timestamp(), Math::max);
			}
		}));
		unregistered.forEach((id, lastWrite) -> nodes.add(new GraphView.Node(botNode(id), "bot", id,
				Health.HEALTHY.label(), false, null, null, true, lastWrite == 0 ? null : lastWrite, false)));
		queues.forEach((queue, item) -> {
			String maxEid = maxEid(item);
			EventCounter.Count total = counter.total(queue, maxEid);
			Long timestamp = item != null && item.path("timestamp").isNumber() ? item.path("timestamp").asLong() : null;
			nodes.add(new GraphView.Node(queueNode(queue), "queue", queue, Health.HEALTHY.label(), false, maxEid,
					total.events(), total.exact(), timestamp, true));
		});
		boolean partial = botItems.size() >= BusTables.MAX_SCAN_PAGES * 1000
				|| queueItems.size() >= BusTables.MAX_SCAN_PAGES * 1000;
		return new GraphView(now, nodes, edges, partial);
	}

	GraphView.Edge readEdge(BotItem bot, String queue, String maxEid, long now) {
		CheckpointEntry c = bot.reads().get(queue);
		String checkpoint = c == null ? null : c.checkpoint();
		EventCounter.Count behind = counter.behind(queue, checkpoint, maxEid);
		long lagMillis = behind.events() == 0 ? 0 : lagMillis(checkpoint, maxEid);
		Long lastAt = c == null ? null : c.endedTimestamp();
		Health health = rules.classify(behind.events(), lagMillis, lastAt, now);
		return new GraphView.Edge(queueNode(queue), botNode(bot.id()), "read", checkpoint, behind.events(),
				behind.exact(), lagMillis, lastAt, c == null ? null : sourceLag(c), health.label());
	}

	static String maxEid(JsonNode queueItem) {
		if (queueItem == null) {
			return null;
		}
		JsonNode max = queueItem.path("max_eid");
		return max.isString() ? max.asString() : null;
	}

	/** Eid time of {@code maxEid} minus that of {@code checkpoint} (from 0 when none). */
	static long lagMillis(String checkpoint, String maxEid) {
		long newest = millis(maxEid);
		if (newest < 0) {
			return 0;
		}
		long read = checkpoint == null ? -1 : millis(checkpoint);
		return read < 0 ? 0 : Math.max(0, newest - read);
	}

	/** The time of an eid (epoch ms), or -1 when it is not one. */
	static long millis(String eid) {
		if (eid == null) {
			return -1;
		}
		try {
			return EventId.parse(eid).timestampMillis();
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private static Long sourceLag(CheckpointEntry c) {
		return c.endedTimestamp() != null && c.sourceTimestamp() != null ? c.endedTimestamp() - c.sourceTimestamp()
				: null;
	}

	static String botNode(String id) {
		return "bot:" + id;
	}

	static String queueNode(String queue) {
		return "queue:" + queue;
	}

}
