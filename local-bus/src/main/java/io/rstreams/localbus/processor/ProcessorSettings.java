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
package io.rstreams.localbus.processor;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the local bus processor. Defaults are the bus's (protocol.md 5.4): events
 * kept 7 days, gzip blocks of at most 2,000 events or 200 KiB, S3 files when a batch has
 * more than 100 records or is more than 3 s old.
 *
 * @param ttlSeconds LeoStream {@code ttl}, seconds after the batch time
 * @param s3Mode when blocks go to S3 files instead of inline gzip
 * @param callTimeout bound of each DynamoDB and S3 call
 * @param clock the processor's "now"
 */
public record ProcessorSettings(long ttlSeconds, S3Mode s3Mode, Duration callTimeout, Clock clock) {

	/** When a batch's blocks are written as S3 files. */
	public enum S3Mode {

		/** As the bus: more than 100 records, or the batch is more than 3 s old. */
		AUTO,
		/** Always (tests of the S3 read path). */
		ALWAYS,
		/** Never. */
		NEVER

	}

	public ProcessorSettings {
		Objects.requireNonNull(s3Mode, "s3Mode");
		Objects.requireNonNull(callTimeout, "callTimeout");
		Objects.requireNonNull(clock, "clock");
	}

	public static ProcessorSettings defaults() {
		return new ProcessorSettings(604_800, S3Mode.AUTO, Duration.ofSeconds(30), Clock.systemUTC());
	}

	public ProcessorSettings withS3Mode(S3Mode mode) {
		return new ProcessorSettings(ttlSeconds, mode, callTimeout, clock);
	}

	public ProcessorSettings withClock(Clock newClock) {
		return new ProcessorSettings(ttlSeconds, s3Mode, callTimeout, newClock);
	}
}
