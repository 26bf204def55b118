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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RStreams event id (eid): the position of an event in a queue (protocol.md section
 * 3.1).
 *
 * <p>
 * Full form {@code z/YYYY/MM/DD/HH/mm/<epochMs>-<7-digit counter>}, UTC, where the date
 * path and the milliseconds describe the same instant. Partial forms ({@code z/},
 * {@code z/2024/}, {@code z/2024/01/01}, {@code z/2024/01/01/00/01/1704067260123}) are
 * valid positions: every full eid of that period sorts after them. Order is ordinal
 * string order (DynamoDB compares range keys as bytes; eids are ASCII), which is also how
 * the Node SDK compares them.
 *
 * <p>
 * The counter is formatted as {@code ("0000000" + n).slice(-7)}, so it silently wraps
 * above 9,999,999 like the bus's processor; {@link #of(long, long)} does the same.
 */
public record EventId(String value) implements Comparable<EventId> {

	private static final Pattern FULL = Pattern
		.compile("z/(\\d{4})/(\\d{2})/(\\d{2})/(\\d{2})/(\\d{2})/(\\d+)-(\\d{7})");

	private static final Pattern PARTIAL = Pattern.compile(
			"z/(?:(\\d{4})/?(?:(\\d{2})/?(?:(\\d{2})/?(?:(\\d{2})/?(?:(\\d{2})/?(?:(\\d+)(?:-(\\d{0,7}))?)?)?)?)?)?)?");

	/** The smallest position: everything in a queue comes after it. */
	public static final EventId BEGINNING = new EventId("z/");

	public EventId {
		Objects.requireNonNull(value, "value");
		if (!value.startsWith("z/") && !value.startsWith("_snapshot/z/")) {
			throw new IllegalArgumentException("Not an RStreams event id (must start with z/): '" + value + "'");
		}
	}

	/** Parses an eid, full or partial. */
	public static EventId parse(String value) {
		Objects.requireNonNull(value, "value");
		String trimmed = value.strip();
		String body = trimmed.startsWith("_snapshot/") ? trimmed.substring("_snapshot/".length()) : trimmed;
		if (!PARTIAL.matcher(body).matches()) {
			throw new IllegalArgumentException("Not an RStreams event id: '" + value
					+ "' (expected z/YYYY/MM/DD/HH/mm/<ms>-<7 digits> or a prefix of it)");
		}
		return new EventId(trimmed);
	}

	/**
	 * The full eid for an event at {@code epochMillis} with counter {@code sequence}, as
	 * the bus formats it.
	 */
	public static EventId of(long epochMillis, long sequence) {
		return new EventId(minutePrefix(epochMillis) + epochMillis + "-" + pad7(sequence));
	}

	/**
	 * {@code z/YYYY/MM/DD/HH/mm/<ms>}: the base the bus processor gives a batch; a valid
	 * partial eid.
	 */
	public static EventId ofMillis(long epochMillis) {
		return new EventId(minutePrefix(epochMillis) + epochMillis);
	}

	/**
	 * {@code z/YYYY/MM/DD}: the start of a UTC day, the Node SDK's default start for a
	 * bot with no checkpoint.
	 */
	public static EventId ofDay(LocalDate day) {
		return new EventId(String.format("z/%04d/%02d/%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
	}

	/** The start of today (UTC) by the given clock. */
	public static EventId today(Clock clock) {
		return ofDay(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
	}

	/** The position "now": every event written from this instant on sorts after it. */
	public static EventId now(Clock clock) {
		return of(clock.millis(), 0);
	}

	/** {@code z/YYYY/MM/DD/HH/mm/} for an instant (the date path of a full eid). */
	public static String minutePrefix(long epochMillis) {
		ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC);
		return String.format("z/%04d/%02d/%02d/%02d/%02d/", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
				t.getHour(), t.getMinute());
	}

	/** The 7-digit counter text, wrapping like the Node SDK's {@code slice(-7)}. */
	public static String pad7(long n) {
		String s = "0000000" + n;
		return s.substring(s.length() - 7);
	}

	/** True for {@code z/.../<ms>-<counter>}. */
	public boolean isFull() {
		return FULL.matcher(value).matches();
	}

	/**
	 * The event's time in epoch milliseconds: the {@code <ms>} part of a full eid, or the
	 * start of the period a partial eid names ({@code z/} is 0).
	 */
	public long timestampMillis() {
		String body = value.startsWith("_snapshot/") ? value.substring("_snapshot/".length()) : value;
		Matcher m = PARTIAL.matcher(body);
		if (!m.matches()) {
			throw new IllegalStateException("Not an RStreams event id: " + value);
		}
		if (m.group(6) != null && !m.group(6).isEmpty()) {
			return Long.parseLong(m.group(6));
		}
		if (m.group(1) == null) {
			return 0L;
		}
		int year = Integer.parseInt(m.group(1));
		int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
		int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
		int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
		int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	/** The counter of a full eid. */
	public long sequence() {
		Matcher m = FULL.matcher(value);
		if (!m.matches()) {
			throw new IllegalStateException("Not a full event id (no counter): " + value);
		}
		return Long.parseLong(m.group(7));
	}

	/**
	 * The part before {@code -<counter>} of a full eid; the bus stores a block's events
	 * as offsets from it.
	 */
	public String base() {
		int dash = value.lastIndexOf('-');
		if (dash < 0 || !isFull()) {
			throw new IllegalStateException("Not a full event id (no counter): " + value);
		}
		return value.substring(0, dash);
	}

	/**
	 * The eid {@code offset} places after this one in the same block:
	 * {@code base-pad7(sequence + offset)}.
	 */
	public EventId plus(long offset) {
		return new EventId(base() + "-" + pad7(sequence() + offset));
	}

	public boolean isAfter(EventId other) {
		return compareTo(other) > 0;
	}

	public boolean isBefore(EventId other) {
		return compareTo(other) < 0;
	}

	/** Ordinal order, the same as DynamoDB's byte order for these ASCII strings. */
	@Override
	public int compareTo(EventId other) {
		return value.compareTo(other.value);
	}

	public static EventId max(EventId a, EventId b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return a.compareTo(b) >= 0 ? a : b;
	}

	@Override
	public String toString() {
		return value;
	}
}
