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

import tools.jackson.databind.JsonNode;

/**
 * A queue's page: its LeoEvent state, the size of its newest blocks over time, the bots
 * that read and write it, and a page of its events with their whole envelope.
 *
 * @param total the events the queue holds ({@code totalExact} false: at least)
 * @param blocks the newest blocks, oldest first ({@code at} = the eid time of the block's
 * last event)
 * @param events the events of this page, in eid order, each the envelope as a reader sees
 * it plus {@code eidTime}
 * @param after where the page was read from ({@code null}: the newest events)
 * @param next the eid to read the next page after, or {@code null} at the end
 * @param scanned events read to make the page (more than shown when filtered)
 * @param filter the filter applied, or {@code null}
 */
public record QueueView(String queue, String maxEid, Long lastWriteAt, long total, boolean totalExact,
		List<BlockBar> blocks, List<GraphView.Edge> readers, List<GraphView.Edge> writers, List<JsonNode> events,
		String after, String next, long scanned, Filter filter) {

	/** One LeoStream block: when its last event was stored and how many it holds. */
	public record BlockBar(long at, String start, String end, long records) {
	}

	/** A JSON path and the value it must have. */
	public record Filter(String path, String value) {
	}

}
