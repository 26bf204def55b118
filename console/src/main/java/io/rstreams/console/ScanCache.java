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

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * The last result of a table Scan, reused for a short while: every open page refreshes
 * about once a second and each view starts with the same Scans, so several pages (or the
 * graph and a bot page at once) share one Scan instead of each paying for its own on a
 * real bus. Callers that race for an expired result wait for one Scan.
 */
final class ScanCache {

	private final long maxAgeNanos;

	private List<JsonNode> items;

	private long takenAt;

	ScanCache(Duration maxAge) {
		this.maxAgeNanos = maxAge.toNanos();
	}

	synchronized List<JsonNode> get(Supplier<List<JsonNode>> scan) {
		long now = System.nanoTime();
		if (items == null || now - takenAt > maxAgeNanos) {
			items = List.copyOf(scan.get());
			takenAt = System.nanoTime();
		}
		return items;
	}

}
