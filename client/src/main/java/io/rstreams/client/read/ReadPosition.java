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

import java.util.Objects;

import io.rstreams.client.EventId;

/**
 * Where a read goes on: an exclusive lower bound in eid order (protocol.md section 6,
 * step 3).
 *
 * <p>
 * Either <em>after an eid</em>, which the Node SDK writes {@code eid + " "}: the space
 * sorts after every eid character, so the bound excludes the eid itself and admits the
 * next one; or <em>at a boundary</em>, a partial eid such as {@code z/2026/12/01} (today)
 * that every eid of that period sorts after. Both compare by the key DynamoDB's key
 * condition gets ({@link #queryKey()}), so ordering against eids is exactly the bus's.
 */
public final class ReadPosition implements Comparable<ReadPosition> {

	/** After {@code z/}: everything a queue still stores. */
	public static final ReadPosition BEGINNING = after(EventId.BEGINNING.value());

	private static final String AFTER = " ";

	private final String key;

	private ReadPosition(String key) {
		this.key = key;
	}

	/**
	 * Just after {@code eid}: a read from here returns the events after it, not the eid
	 * itself.
	 */
	public static ReadPosition after(String eid) {
		Objects.requireNonNull(eid, "eid");
		if (eid.endsWith(AFTER)) {
			throw new IllegalArgumentException("Not an eid (ends with a space): '" + eid + "'");
		}
		return new ReadPosition(eid + AFTER);
	}

	public static ReadPosition after(EventId eid) {
		return after(eid.value());
	}

	/** At a boundary such as {@code z/2026/12/01/}: everything that sorts after it. */
	public static ReadPosition at(String boundary) {
		Objects.requireNonNull(boundary, "boundary");
		if (boundary.endsWith(AFTER)) {
			throw new IllegalArgumentException(
					"Not a boundary (ends with a space; use after(eid)): '" + boundary + "'");
		}
		return new ReadPosition(boundary);
	}

	public static ReadPosition at(EventId boundary) {
		return at(boundary.value());
	}

	/** The eid this position is after, or {@code null} for a boundary. */
	public String eid() {
		return isAfterEid() ? key.substring(0, key.length() - AFTER.length()) : null;
	}

	/** Whether this is "after an eid" rather than a boundary. */
	public boolean isAfterEid() {
		return key.endsWith(AFTER);
	}

	/**
	 * The eid or the boundary, without the space: for logs, reports, and parsing as an
	 * eid.
	 */
	public String value() {
		return isAfterEid() ? eid() : key;
	}

	/**
	 * The lower bound DynamoDB's key condition compares ({@code eid + " "} after an eid),
	 * the SDK's string.
	 */
	public String queryKey() {
		return key;
	}

	/** Whether {@code eid} sorts after this position, so a read from here returns it. */
	public boolean isBefore(String eid) {
		return key.compareTo(eid) < 0;
	}

	/** Whether {@code eid} sorts before this position, so a read from here skips it. */
	public boolean isAfter(String eid) {
		return key.compareTo(eid) > 0;
	}

	@Override
	public int compareTo(ReadPosition other) {
		return key.compareTo(other.key);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ReadPosition p && key.equals(p.key);
	}

	@Override
	public int hashCode() {
		return key.hashCode();
	}

	@Override
	public String toString() {
		return value();
	}

}
