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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.rstreams.client.EventId;
import io.rstreams.client.QueueRef;
import io.rstreams.client.bus.QueueInfo;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadPosition;
import tools.jackson.databind.JsonNode;

/**
 * Traces an event through its correlations. Up: the events of {@code source} from
 * {@code start} to {@code end} (or {@code start} alone), and theirs. Down: for each bot
 * that reads the event's queue, the queues it writes (write checkpoints) are scanned from
 * the event's time for events whose correlation names the queue and covers the eid. Both
 * directions stop at {@link #MAX_DEPTH} hops and a bounded number of events.
 */
final class Tracer {

	static final int MAX_DEPTH = 8;

	/** Parents of one batch event followed at most. */
	static final int MAX_PARENTS = 20;

	/** Events of the trace in one direction at most. */
	static final int MAX_EVENTS = 100;

	/** Events of a downstream queue scanned at most for the children of one event. */
	static final int DOWNSTREAM_SCAN = 5_000;

	private final BusTables tables;

	private final QueueReader reader;

	private final EventPages pages;

	Tracer(BusTables tables, QueueReader reader, EventPages pages) {
		this.tables = Objects.requireNonNull(tables);
		this.reader = Objects.requireNonNull(reader);
		this.pages = Objects.requireNonNull(pages);
	}

	TraceView trace(String queueName, String eid) {
		String queue = QueueRef.parse(queueName).queueId();
		JsonNode event = find(queue, eid);
		if (event == null) {
			return new TraceView(null, List.of(), List.of(), false);
		}
		TraceView.Hop origin = hop(0, queue, event, null, null);
		boolean[] truncated = { false };
		List<TraceView.Hop> ancestors = ancestors(origin, truncated);
		List<TraceView.Hop> descendants = descendants(origin, downstream(), truncated);
		return new TraceView(origin, ancestors, descendants, truncated[0]);
	}

	private List<TraceView.Hop> ancestors(TraceView.Hop origin, boolean[] truncated) {
		List<TraceView.Hop> found = new ArrayList<>();
		List<TraceView.Hop> frontier = List.of(origin);
		for (int depth = 1; depth <= MAX_DEPTH && !frontier.isEmpty(); depth++) {
			List<TraceView.Hop> next = new ArrayList<>();
			for (TraceView.Hop child : frontier) {
				JsonNode c = child.event().path("correlation_id");
				String source = BotItem.queueId(text(c, "source"));
				String start = text(c, "start") != null ? text(c, "start") : text(c, "partial_start");
				String end = text(c, "end") != null ? text(c, "end") : text(c, "partial_end");
				if (source == null || start == null || !isEid(start)) {
					continue;
				}
				String last = end != null && isEid(end) ? end : start;
				QueueInfo info = reader.queueInfo(source);
				if (info == null || info.maxEid() == null) {
					continue;
				}
				EventPages.Page page = pages.read(source, from(start), info.maxEid(), MAX_PARENTS, DOWNSTREAM_SCAN,
						e -> inRange(e.path("eid").asString(""), start, last), last);
				truncated[0] |= page.events().size() >= MAX_PARENTS;
				for (JsonNode parent : page.events()) {
					if (found.size() >= MAX_EVENTS) {
						truncated[0] = true;
						return found;
					}
					TraceView.Hop hop = hop(depth, source, parent, child.eid(), millis(child) - eidTime(parent));
					found.add(hop);
					next.add(hop);
				}
			}
			frontier = next;
		}
		return found;
	}

	private List<TraceView.Hop> descendants(TraceView.Hop origin, Map<String, Set<String>> downstream,
			boolean[] truncated) {
		List<TraceView.Hop> found = new ArrayList<>();
		List<TraceView.Hop> frontier = List.of(origin);
		for (int depth = 1; depth <= MAX_DEPTH && !frontier.isEmpty(); depth++) {
			List<TraceView.Hop> next = new ArrayList<>();
			for (TraceView.Hop parent : frontier) {
				for (String queue : downstream.getOrDefault(parent.queue(), Set.of())) {
					QueueInfo info = reader.queueInfo(queue);
					if (info == null || info.maxEid() == null) {
						continue;
					}
					long time = millis(parent);
					ReadPosition from = time > 0 ? ReadPosition.at(EventId.ofMillis(time)) : ReadPosition.BEGINNING;
					EventPages.Page page = pages.read(queue, from, info.maxEid(), MAX_EVENTS, DOWNSTREAM_SCAN,
							e -> covers(e.path("correlation_id"), parent.queue(), parent.eid()));
					truncated[0] |= page.next() != null;
					for (JsonNode child : page.events()) {
						if (found.size() >= MAX_EVENTS) {
							truncated[0] = true;
							return found;
						}
						TraceView.Hop hop = hop(depth, queue, child, parent.eid(), eidTime(child) - time);
						found.add(hop);
						next.add(hop);
					}
				}
			}
			frontier = next;
		}
		return found;
	}

	/** For each queue, the queues written by the bots that read it. */
	private Map<String, Set<String>> downstream() {
		Map<String, Set<String>> downstream = new HashMap<>();
		for (JsonNode item : tables.bots()) {
			BotItem bot = BotItem.of(item);
			for (String in : bot.readQueues()) {
				downstream.computeIfAbsent(in, q -> new LinkedHashSet<>()).addAll(bot.writes().keySet());
			}
		}
		return downstream;
	}

	private JsonNode find(String queue, String eid) {
		if (!isEid(eid) || !EventId.parse(eid).isFull()) {
			throw new IllegalArgumentException("Not a full eid: '" + eid + "' (z/YYYY/MM/DD/HH/mm/<ms>-<7 digits>)");
		}
		QueueInfo info = reader.queueInfo(queue);
		if (info == null || info.maxEid() == null) {
			return null;
		}
		EventPages.Page page = pages.read(queue, from(eid), info.maxEid(), 1, DOWNSTREAM_SCAN,
				e -> eid.equals(e.path("eid").asString("")), eid);
		return page.events().isEmpty() ? null : page.events().get(0);
	}

	/** A correlation that names {@code queue} and whose range covers {@code eid}. */
	static boolean covers(JsonNode correlation, String queue, String eid) {
		String source = BotItem.queueId(text(correlation, "source"));
		if (!queue.equals(source)) {
			return false;
		}
		String start = text(correlation, "start") != null ? text(correlation, "start")
				: text(correlation, "partial_start");
		String end = text(correlation, "end") != null ? text(correlation, "end") : text(correlation, "partial_end");
		return start != null && inRange(eid, start, end != null ? end : start);
	}

	static boolean inRange(String eid, String start, String end) {
		return eid.compareTo(start) >= 0 && eid.compareTo(end) <= 0;
	}

	/** Just before every event of {@code eid}'s millisecond. */
	private static ReadPosition from(String eid) {
		EventId id = EventId.parse(eid);
		return id.isFull() ? ReadPosition.at(id.base()) : ReadPosition.at(id);
	}

	private static TraceView.Hop hop(int depth, String queue, JsonNode event, String via, Long hopMillis) {
		long eidTime = eidTime(event);
		JsonNode source = event.path("event_source_timestamp");
		Long sourceToEid = eidTime >= 0 && source.isNumber() ? eidTime - source.asLong() : null;
		return new TraceView.Hop(depth, queue, event.path("eid").asString(null), via, hopMillis, sourceToEid, event);
	}

	private static long millis(TraceView.Hop hop) {
		return eidTime(hop.event());
	}

	private static long eidTime(JsonNode event) {
		return GraphBuilder.millis(event.path("eid").asString(null));
	}

	private static boolean isEid(String value) {
		try {
			EventId.parse(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.asString() : null;
	}

}
