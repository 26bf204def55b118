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
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.client.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages refreshing together share one Scan while it is fresh. */
class ConsoleScanCacheTest {

	private final AtomicInteger scans = new AtomicInteger();

	private List<JsonNode> scan() {
		return List.of(Json.mapper().createObjectNode().put("scan", scans.incrementAndGet()));
	}

	@Test
	void aFreshScanIsReused() {
		ScanCache cache = new ScanCache(Duration.ofHours(1));
		assertThat(cache.get(this::scan).get(0).path("scan").asInt()).isEqualTo(1);
		assertThat(cache.get(this::scan).get(0).path("scan").asInt()).isEqualTo(1);
		assertThat(scans).hasValue(1);
	}

	@Test
	void anExpiredScanIsMadeAgain() {
		// a negative age: every result has expired by the next call
		ScanCache cache = new ScanCache(Duration.ofNanos(-1));
		cache.get(this::scan);
		assertThat(cache.get(this::scan).get(0).path("scan").asInt()).isEqualTo(2);
		assertThat(scans).hasValue(2);
	}

}
