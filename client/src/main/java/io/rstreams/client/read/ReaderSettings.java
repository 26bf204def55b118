package io.rstreams.client.read;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * @param queryLimit   LeoStream items per Query (the Node SDK's {@code stream_query_limit}, 50)
 * @param callTimeout  bound of each DynamoDB and S3 call
 * @param clock        source of "now" and "today"
 */
public record ReaderSettings(int queryLimit, Duration callTimeout, Clock clock) {

	public ReaderSettings {
		if (queryLimit <= 0) {
			throw new IllegalArgumentException("queryLimit must be positive");
		}
		Objects.requireNonNull(callTimeout, "callTimeout");
		Objects.requireNonNull(clock, "clock");
	}

	public static ReaderSettings defaults() {
		return new ReaderSettings(50, Duration.ofSeconds(10), Clock.systemUTC());
	}

	public ReaderSettings withClock(Clock newClock) {
		return new ReaderSettings(queryLimit, callTimeout, newClock);
	}

	public ReaderSettings withCallTimeout(Duration timeout) {
		return new ReaderSettings(queryLimit, timeout, clock);
	}

	public ReaderSettings withQueryLimit(int limit) {
		return new ReaderSettings(limit, callTimeout, clock);
	}
}
