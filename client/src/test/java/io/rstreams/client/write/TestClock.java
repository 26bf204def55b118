package io.rstreams.client.write;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves. */
final class TestClock extends Clock {

	private long millis;

	TestClock(long millis) {
		this.millis = millis;
	}

	void advance(long by) {
		millis += by;
	}

	@Override
	public long millis() {
		return millis;
	}

	@Override
	public Instant instant() {
		return Instant.ofEpochMilli(millis);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}
}
