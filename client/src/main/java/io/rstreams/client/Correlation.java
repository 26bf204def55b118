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
package io.rstreams.client;

import java.util.List;
import java.util.Objects;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * The {@code correlation_id} of an event: which queue and which event(s) it was made from
 * (protocol.md 4.2).
 *
 * <p>
 * The factories reproduce the Node SDK's {@code createCorrelation}:
 * <ul>
 * <li>{@link #of(Event)}: 1 -&gt; 1, {@code {source, start, units}} with
 * {@code units = event.units ?? 1}, no {@code end};</li>
 * <li>{@link #ofBatch(List)}: N -&gt; 1, {@code {source: first.event, start: first.eid,
 * end: last.eid, units: sum}}; for a batch of one {@code end} is present and JSON
 * {@code null}, as in the SDK;</li>
 * <li>{@link #between(Event, Event, long)}: explicit range;</li>
 * <li>{@link #asPartial()}: the same lineage under
 * {@code partial_start}/{@code partial_end}, which the SDK records but does not
 * checkpoint on.</li>
 * </ul>
 *
 * @param source the queue id the parent event(s) came from
 * @param start eid of the first parent event
 * @param end eid of the last parent event, or {@code null}
 * @param units number of parent events represented, or {@code null} when a producer left
 * it out
 * @param partial whether start/end are serialised as
 * {@code partial_start}/{@code partial_end}
 * @param endKey whether the {@code end} key is written even when {@code end} is
 * {@code null}
 */
public record Correlation(String source, String start, String end, Long units, boolean partial, boolean endKey) {

	public Correlation {
		Objects.requireNonNull(source, "source");
	}

	/** {@code createCorrelation(event)}. */
	public static Correlation of(Event parent) {
		requireParent(parent);
		return new Correlation(parent.event(), parent.eid(), null, parent.unitsOrOne(), false, false);
	}

	/** {@code createCorrelation([e1..eN])}. */
	public static Correlation ofBatch(List<Event> parents) {
		if (parents == null || parents.isEmpty()) {
			throw new IllegalArgumentException("A batch correlation needs at least one parent event");
		}
		Event first = parents.get(0);
		requireParent(first);
		long units = 0;
		for (Event e : parents) {
			units += e.unitsOrOne();
		}
		String end = parents.size() > 1 ? parents.get(parents.size() - 1).eid() : null;
		return new Correlation(first.event(), first.eid(), end, units, false, true);
	}

	/** {@code createCorrelation(startEvent, endEvent, units)}. */
	public static Correlation between(Event startEvent, Event endEvent, long units) {
		requireParent(startEvent);
		return new Correlation(startEvent.event(), startEvent.eid(), endEvent == null ? null : endEvent.eid(), units,
				false, true);
	}

	private static void requireParent(Event parent) {
		if (parent == null || parent.event() == null || parent.eid() == null) {
			throw new IllegalArgumentException(
					"A correlation parent must be an event read from a queue (with event and eid)");
		}
	}

	/** The same lineage, serialised as {@code partial_start}/{@code partial_end}. */
	public Correlation asPartial() {
		return new Correlation(source, start, end, units, true, endKey);
	}

	/**
	 * The eid a reader's checkpoint moves to when this correlation is acknowledged:
	 * {@code end || start}.
	 */
	public String checkpointEid() {
		return end != null ? end : start;
	}

	/** {@code units ?? 1}. */
	public long unitsOrOne() {
		return units == null ? 1 : units;
	}

	/**
	 * The JSON written on the wire, e.g.
	 * {@code {"source":"orders","start":"z/...","units":1}}.
	 */
	@Override
	public String toString() {
		// the JSON the bus stores, written here so that the value types depend on nothing
		// else in the client
		StringBuilder json = new StringBuilder("{\"source\":").append(quote(source));
		String startKey = partial ? "partial_start" : "start";
		String endKey = partial ? "partial_end" : "end";
		if (start != null) {
			json.append(",\"").append(startKey).append("\":").append(quote(start));
		}
		if (end != null) {
			json.append(",\"").append(endKey).append("\":").append(quote(end));
		}
		else if (endKey()) {
			json.append(",\"").append(endKey).append("\":null");
		}
		if (units != null) {
			json.append(",\"units\":").append(units.longValue());
		}
		return json.append('}').toString();
	}

	private static String quote(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		JsonStringEncoder.getInstance().quoteAsString(text, quoted);
		return quoted.append('"').toString();
	}
}
