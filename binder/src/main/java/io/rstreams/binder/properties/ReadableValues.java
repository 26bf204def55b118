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
package io.rstreams.binder.properties;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

/**
 * Sizes and durations as an operator writes them in {@code application.yaml}: the largest
 * exact unit ({@code 8MB}, {@code 200KB}, {@code 30s}, {@code 200ms}), which Spring Boot
 * binds back to the same value.
 */
public final class ReadableValues {

	private static final long[] SIZE_UNITS = { 1L << 40, 1L << 30, 1L << 20, 1L << 10 };

	private static final String[] SIZE_NAMES = { "TB", "GB", "MB", "KB" };

	private static final long[] TIME_UNITS = { 86_400_000L, 3_600_000L, 60_000L, 1_000L };

	private static final String[] TIME_NAMES = { "d", "h", "m", "s" };

	private ReadableValues() {
	}

	public static String size(DataSize size) {
		long bytes = size.toBytes();
		for (int i = 0; i < SIZE_UNITS.length; i++) {
			if (bytes != 0 && bytes % SIZE_UNITS[i] == 0) {
				return (bytes / SIZE_UNITS[i]) + SIZE_NAMES[i];
			}
		}
		return bytes + "B";
	}

	public static String duration(Duration duration) {
		if (duration.getNano() % 1_000_000 != 0) {
			return duration.toString();
		}
		long millis = duration.toMillis();
		for (int i = 0; i < TIME_UNITS.length; i++) {
			if (millis != 0 && millis % TIME_UNITS[i] == 0) {
				return (millis / TIME_UNITS[i]) + TIME_NAMES[i];
			}
		}
		return millis + "ms";
	}

}
