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
package io.rstreams.client.read;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

import io.rstreams.client.EventId;

/**
 * Where a bot starts reading a queue (protocol.md section 6, step 3).
 *
 * <ul>
 * <li>{@code checkpoint}: after the bot's read checkpoint; without one, from the start of
 * today (UTC), the Node SDK's default;</li>
 * <li>{@code beginning}: everything still stored;</li>
 * <li>{@code today}: from 00:00 UTC;</li>
 * <li>{@code now}: only events written from now on;</li>
 * <li>an eid: after that eid (exclusive, like the SDK's {@code start} option).</li>
 * </ul>
 */
public record StartPosition(Kind kind, String eid) {

	public enum Kind {

		CHECKPOINT, BEGINNING, TODAY, NOW, AFTER_EID

	}

	public static final StartPosition CHECKPOINT = new StartPosition(Kind.CHECKPOINT, null);

	public static final StartPosition BEGINNING = new StartPosition(Kind.BEGINNING, null);

	public static final StartPosition TODAY = new StartPosition(Kind.TODAY, null);

	public static final StartPosition NOW = new StartPosition(Kind.NOW, null);

	public StartPosition {
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.AFTER_EID) {
			EventId.parse(eid);
		}
	}

	public static StartPosition afterEid(String eid) {
		return new StartPosition(Kind.AFTER_EID, eid);
	}

	/**
	 * Parses {@code checkpoint | beginning | today | now | <eid>} (case-insensitive
	 * words).
	 */
	public static StartPosition parse(String text) {
		String t = Objects.requireNonNull(text, "start").strip();
		return switch (t.toLowerCase(Locale.ROOT)) {
			case "checkpoint" -> CHECKPOINT;
			case "beginning", "trim_horizon", "earliest" -> BEGINNING;
			case "today" -> TODAY;
			case "now", "latest" -> NOW;
			default -> {
				try {
					yield afterEid(t);
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException("Invalid start position '" + text
							+ "': use checkpoint, beginning, today, now or an eid such as z/2024/01/01/00/00/1704067200000-0000000");
				}
			}
		};
	}

	/**
	 * The exclusive lower bound to read from.
	 * @param checkpoint the bot's stored read checkpoint, or {@code null}
	 */
	public ReadPosition lowerBound(String checkpoint, Clock clock) {
		return switch (kind) {
			case CHECKPOINT ->
				checkpoint != null ? ReadPosition.after(checkpoint) : ReadPosition.at(EventId.today(clock));
			case BEGINNING -> ReadPosition.BEGINNING;
			case TODAY -> ReadPosition.at(EventId.today(clock));
			case NOW -> ReadPosition.at(EventId.ofMillis(clock.millis()));
			case AFTER_EID -> ReadPosition.after(eid);
		};
	}

	@Override
	public String toString() {
		return kind == Kind.AFTER_EID ? eid : kind.name().toLowerCase(Locale.ROOT);
	}
}
