package io.rstreams.binder.inbound;

import java.time.Duration;

/**
 * The wait before retrying something that failed: the first wait, doubled after each failure up to
 * {@link #MAX}, back to the first after a success. Waits longer than a bus outage make recovery slow; shorter
 * ones hammer a bus that is throttling.
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
