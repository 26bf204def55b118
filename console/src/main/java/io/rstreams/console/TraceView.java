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
 * The path of one event: its ancestors, following {@code correlation_id.source} and
 * {@code start}..{@code end} upstream (protocol.md 4.2), and its descendants, the events
 * of downstream queues whose correlation covers it.
 *
 * @param origin the event traced, or {@code null} when it was not found
 * @param ancestors parents first (depth 1), then theirs
 * @param descendants children first (depth 1), then theirs
 * @param truncated true when a limit cut the trace short (many parents of a batch, a long
 * scan)
 */
public record TraceView(Hop origin, List<Hop> ancestors, List<Hop> descendants, boolean truncated) {

	/**
	 * One event of the trace.
	 *
	 * @param depth hops from the origin (0 for the origin)
	 * @param via the eid of the event of the trace it is linked to (a child for an
	 * ancestor, a parent for a descendant)
	 * @param hopMillis the time between the two events' eids: how long the hop took
	 * @param sourceToEidMillis its eid time minus its {@code event_source_timestamp}: how
	 * old the source event was when this one was stored
	 */
	public record Hop(int depth, String queue, String eid, String via, Long hopMillis, Long sourceToEidMillis,
			JsonNode event) {
	}

}
