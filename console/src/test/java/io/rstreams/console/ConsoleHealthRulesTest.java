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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The colour rules of a reading bot. */
class ConsoleHealthRulesTest {

	private static final long NOW = 1_800_000_000_000L;

	private final HealthRules rules = new HealthRules(Duration.ofMinutes(1), Duration.ofMinutes(5));

	@Test
	void caughtUpIsHealthyHoweverOldTheCheckpoint() {
		assertThat(rules.classify(0, 0, NOW - Duration.ofDays(3).toMillis(), NOW)).isEqualTo(Health.HEALTHY);
	}

	@Test
	void behindByLessThanTheLaggingThresholdIsHealthy() {
		assertThat(rules.classify(10, 59_000, NOW - 1_000, NOW)).isEqualTo(Health.HEALTHY);
	}

	@Test
	void behindByMoreThanTheLaggingThresholdIsLagging() {
		assertThat(rules.classify(10, 61_000, NOW - 1_000, NOW)).isEqualTo(Health.LAGGING);
		assertThat(rules.classify(10, 61_000, null, NOW)).isEqualTo(Health.LAGGING);
	}

	@Test
	void behindWithACheckpointThatHasNotMovedForTheStaleThresholdIsStale() {
		assertThat(rules.classify(1, 0, NOW - Duration.ofMinutes(5).toMillis() - 1, NOW)).isEqualTo(Health.STALE);
		assertThat(rules.classify(1, 0, NOW - Duration.ofMinutes(5).toMillis(), NOW)).isEqualTo(Health.HEALTHY);
	}

	@Test
	void theWorstHealthWins() {
		assertThat(Health.worst(Health.HEALTHY, Health.LAGGING)).isEqualTo(Health.LAGGING);
		assertThat(Health.worst(Health.STALE, Health.LAGGING)).isEqualTo(Health.STALE);
		assertThat(Health.worst(Health.BLOCKED, Health.STALE)).isEqualTo(Health.BLOCKED);
		assertThat(Health.BLOCKED.label()).isEqualTo("blocked");
	}

}
