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
package io.rstreams.localbus.kinesis;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link KinesisPoller} reads its stream. The defaults follow the bus's event
 * source mapping on {@code LeoKinesisStream} (protocol.md 2: batch size 10,000,
 * TRIM_HORIZON), polling faster than Lambda does because a local bus is for development
 * and tests.
 *
 * @param batchLimit records per {@code GetRecords} call, and so per processor batch (at
 * most 10,000)
 * @param idleWait pause after a round in which no shard had records
 * @param callTimeout bound of each Kinesis call
 * @param retryBackoff first pause before a failed batch is processed again (doubles each
 * time)
 * @param maxBackoff longest pause between two attempts at a failed batch or Kinesis call
 * @param shardRefresh how often the shard list is read again (new shards after a reshard)
 */
public record KinesisPollerSettings(int batchLimit, Duration idleWait, Duration callTimeout, Duration retryBackoff,
		Duration maxBackoff, Duration shardRefresh) {

	public KinesisPollerSettings {
		if (batchLimit < 1 || batchLimit > 10_000) {
			throw new IllegalArgumentException("batchLimit is 1 to 10,000 (GetRecords' limit), got " + batchLimit);
		}
		Objects.requireNonNull(idleWait, "idleWait");
		Objects.requireNonNull(callTimeout, "callTimeout");
		Objects.requireNonNull(retryBackoff, "retryBackoff");
		Objects.requireNonNull(maxBackoff, "maxBackoff");
		Objects.requireNonNull(shardRefresh, "shardRefresh");
	}

	public static KinesisPollerSettings defaults() {
		return new KinesisPollerSettings(10_000, Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofMillis(500),
				Duration.ofSeconds(30), Duration.ofSeconds(10));
	}

	public KinesisPollerSettings withIdleWait(Duration wait) {
		return new KinesisPollerSettings(batchLimit, wait, callTimeout, retryBackoff, maxBackoff, shardRefresh);
	}

	public KinesisPollerSettings withRetryBackoff(Duration first, Duration max) {
		return new KinesisPollerSettings(batchLimit, idleWait, callTimeout, first, max, shardRefresh);
	}

	public KinesisPollerSettings withBatchLimit(int limit) {
		return new KinesisPollerSettings(limit, idleWait, callTimeout, retryBackoff, maxBackoff, shardRefresh);
	}
}
