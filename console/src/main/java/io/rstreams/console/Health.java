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

import java.util.Locale;

/**
 * What a node or an edge of the graph says about a bot, worst last: the order in which
 * {@link #worst} picks. A colour in the page for each.
 */
public enum Health {

	/** Nothing to read, or reading close behind the queue's newest event. */
	HEALTHY,

	/** Behind the queue's newest event by more than the lagging threshold. */
	LAGGING,

	/** Behind, and its checkpoint has not moved for longer than the stale threshold. */
	STALE,

	/**
	 * Cannot go on by itself: a binding of this application is blocked on an event, or
	 * the bus gave up invoking the bot ({@code errorCount} over 10, protocol.md 5.5).
	 */
	BLOCKED;

	public static Health worst(Health a, Health b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** The name the page and the API use: {@code healthy}, {@code lagging}, ... */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
