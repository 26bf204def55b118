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
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import io.rstreams.client.EventId;
import io.rstreams.client.QueueRef;
import io.rstreams.client.bus.QueueInfo;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.console.BotItem.CheckpointEntry;
import tools.jackson.databind.JsonNode;

/**
 * Computes a {@link QueueView}. Without {@code after} the page is the queue's newest
 * events: the newest blocks are counted back until they hold a page, and the read starts
 * at the oldest of them.
 */
final class QueueViewBuilder {

	/** Blocks drawn in "events per block over time". */
	static final int BLOCKS_SHOWN = 60;

	/** Events read at most to fill one filtered page. */
	static final int SCAN_LIMIT = 5_000;

	private final BusTables tables;

	private final QueueReader reader;

	private final EventCounter counter;

	private final EventPages pages;

	private final GraphBuilder graph;

	private final ProducerScan producers;

	private final Clock clock;

	QueueViewBuilder(BusTables tables, QueueReader reader, EventCounter counter, EventPages pages, GraphBuilder graph,
			ProducerScan producers, Clock clock) {
		this.producers = Objects.requireNonNull(producers);
		this.tables = Objects.requireNonNull(tables);
		this.reader = Objects.requireNonNull(reader);
		this.counter = Objects.requireNonNull(counter);
		this.pages = Objects.requireNonNull(pages);
		this.graph = Objects.requireNonNull(graph);
		this.clock = Objects.requireNonNull(clock);
	}

	QueueView build(String queueName, String after, int limit, EventFilter filter) {
		String queue = QueueRef.parse(queueName).queueId();
		QueueInfo info = reader.queueInfo(queue);
		String maxEid = info == null ? null : info.maxEid();
		List<QueueView.BlockBar> bars = new ArrayList<>();
		List<BusTables.Block> newest = maxEid == null ? List.of() : tables.newestBlocks(queue, BLOCKS_SHOWN);
		for (BusTables.Block block : newest) {
			bars.add(new QueueView.BlockBar(Math.max(0, GraphBuilder.millis(block.end())), block.start(), block.end(),
					block.records()));
		}
		Collections.reverse(bars);

		List<GraphView.Edge> readers = new ArrayList<>();
		List<GraphView.Edge> writers = new ArrayList<>();
		long now = clock.millis();
		for (JsonNode item : tables.bots()) {
			BotItem bot = BotItem.of(item);
			if (bot.readQueues().contains(queue)) {
				readers.add(graph.readEdge(bot, queue, maxEid, now));
			}
			CheckpointEntry write = bot.writes().get(queue);
			if (write != null) {
				writers.add(new GraphView.Edge(GraphBuilder.botNode(bot.id()), GraphBuilder.queueNode(queue), "write",
						write.checkpoint(), 0, true, 0, write.endedTimestamp(), null, Health.HEALTHY.label()));
			}
		}

		producers.producers(queue, maxEid).forEach((id, seen) -> {
			if (writers.stream().noneMatch(w -> w.from().equals(GraphBuilder.botNode(id)))) {
				writers.add(new GraphView.Edge(GraphBuilder.botNode(id), GraphBuilder.queueNode(queue), "write",
						seen.eid(), 0, true, 0, seen.timestamp(), null, Health.HEALTHY.label()));
			}
		});
		EventCounter.Count total = counter.total(queue, maxEid);
		List<JsonNode> events = List.of();
		String next = null;
		long scanned = 0;
		if (maxEid != null) {
			Predicate<JsonNode> accept = filter == null ? e -> true : filter::matches;
			if (after == null || after.isBlank()) {
				// the newest page: read the newest blocks to the end and keep the last
				// events
				EventPages.Page page = pages.read(queue, tailStart(newest, limit, filter != null), maxEid, SCAN_LIMIT,
						SCAN_LIMIT, accept);
				events = page.events().subList(Math.max(0, page.events().size() - limit), page.events().size());
				scanned = page.scanned();
			}
			else {
				EventPages.Page page = pages.read(queue, position(after), maxEid, limit,
						filter == null ? limit : SCAN_LIMIT, accept);
				events = page.events();
				scanned = page.scanned();
				next = page.next();
			}
		}
		return new QueueView(queue, maxEid, info == null ? null : info.timestamp(), total.events(), total.exact(), bars,
				readers, writers, events, after == null || after.isBlank() ? null : after, next, scanned,
				filter == null ? null : new QueueView.Filter(filter.path(), filter.value()));
	}

	/**
	 * From the start of the newest blocks that hold {@code limit} events (a filtered
	 * page: as many blocks as one scan reads).
	 */
	private static ReadPosition tailStart(List<BusTables.Block> newestFirst, int limit, boolean filtered) {
		long records = 0;
		String start = null;
		for (BusTables.Block block : newestFirst) {
			if (records + block.records() > SCAN_LIMIT && start != null) {
				break;
			}
			records += block.records();
			start = block.start();
			if (records >= limit && !filtered) {
				break;
			}
		}
		if (start == null) {
			return ReadPosition.BEGINNING;
		}
		// at the block's base, not its first eid: a boundary is exclusive, the first
		// event is wanted
		EventId first = EventId.parse(start);
		return first.isFull() ? ReadPosition.at(first.base()) : ReadPosition.at(first);
	}

	/** After an eid, or at a boundary such as {@code z/2026/12/01} (a partial eid). */
	static ReadPosition position(String after) {
		String value = after.strip();
		EventId eid = EventId.parse(value);
		return eid.isFull() ? ReadPosition.after(eid) : ReadPosition.at(eid);
	}

}
