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
package io.rstreams.binder.inbound;

import java.time.Duration;

/**
 * The wait before retrying something that failed: the first wait, doubled after each
 * failure up to {@link #MAX}, back to the first after a success. Waits longer than a bus
 * outage make recovery slow; shorter ones hammer a bus that is throttling.
 */
final class Backoff {

	static final Duration MAX = Duration.ofSeconds(30);

	private final Duration first;

	private Duration current;

	Backoff(Duration first) {
		this.first = first;
		this.current = first;
	}

	/** The wait to use now. */
	Duration current() {
		return current;
	}

	/** The wait to use now; the next one is twice as long (at most {@link #MAX}). */
	Duration next() {
		Duration now = current;
		Duration doubled = current.multipliedBy(2);
		current = doubled.compareTo(MAX) > 0 ? MAX : doubled;
		return now;
	}

	void reset() {
		current = first;
	}

}
