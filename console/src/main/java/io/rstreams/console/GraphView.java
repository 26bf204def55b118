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

import java.util.List;

/**
 * The bus as Botmon draws it: bots and queues as nodes, an edge from a queue to each bot
 * that reads it (read checkpoint or trigger) and from each bot to the queues it writes
 * (write checkpoint, set by the bus for each producing bot, protocol.md 5.4 step 8).
 *
 * @param at when it was computed (epoch ms)
 * @param partial true when a table had more items than the console scans
 */
public record GraphView(long at, List<Node> nodes, List<Edge> edges, boolean partial) {

	/**
	 * A bot ({@code id = "bot:<id>"}) or a queue ({@code id = "queue:<queue id>"}).
	 *
	 * @param health for a bot, the worst of its read edges and bindings; for a queue,
	 * always healthy
	 * @param events for a queue, the events it holds ({@code eventsExact} false: at
	 * least)
	 * @param lastWriteAt for a queue, LeoEvent's {@code timestamp}; for a bot, its newest
	 * write checkpoint's
	 * @param registered false for a producer seen only in the {@code id} of events (it
	 * has no LeoCron item)
	 */
	public record Node(String id, String kind, String name, String health, boolean paused, String maxEid, Long events,
			boolean eventsExact, Long lastWriteAt, boolean registered) {
	}

	/**
	 * @param kind {@code read} (queue to bot) or {@code write} (bot to queue)
	 * @param checkpoint the eid of the checkpoint the edge stands for
	 * @param behind for a read edge, events not read yet ({@code behindExact} false: at
	 * least)
	 * @param lagMillis for a read edge, the eid time of the queue's newest event minus
	 * the checkpoint's (0 when caught up)
	 * @param lastAt when the checkpoint last moved ({@code ended_timestamp})
	 * @param sourceLagMillis {@code lastAt} minus the checkpoint's
	 * {@code source_timestamp}: how old the events were when they were read or written
	 */
	public record Edge(String from, String to, String kind, String checkpoint, long behind, boolean behindExact,
			long lagMillis, Long lastAt, Long sourceLagMillis, String health) {
	}

}
