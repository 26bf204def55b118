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
import java.time.Duration;
import java.util.Objects;

/**
 * @param queryLimit LeoStream items per Query (the Node SDK's {@code stream_query_limit},
 * 50)
 * @param callTimeout bound of each DynamoDB and S3 call
 * @param clock source of "now" and "today"
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
