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
package io.rstreams.binder.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.rstreams.binder.properties.CheckpointMode;
import org.junit.jupiter.api.Test;

class CheckpointPolicyTest {

	private static Uncheckpointed progress(long millis, long records) {
		return new Uncheckpointed() {
			@Override
			public long millisSinceCheckpoint() {
				return millis;
			}

			@Override
			public long uncheckpointedRecords() {
				return records;
			}
		};
	}

	@Test
	void batchCheckpointsAfterEveryPollOnly() {
		CheckpointPolicy policy = CheckpointPolicy.of(CheckpointMode.BATCH, null, null);
		assertThat(policy.afterEvent(progress(0, 1))).isFalse();
		assertThat(policy.afterPoll(progress(0, 0))).isTrue();
		assertThat(policy.automatic()).isTrue();
	}

	@Test
	void recordCheckpointsAfterEveryEvent() {
		CheckpointPolicy policy = CheckpointPolicy.of(CheckpointMode.RECORD, null, null);
		assertThat(policy.afterEvent(progress(0, 1))).isTrue();
		assertThat(policy.afterPoll(progress(0, 1))).isFalse();
		assertThat(policy.automatic()).isTrue();
	}

	@Test
	void periodicCheckpointsWhenTheIntervalPassedOrTheCountIsReached() {
		CheckpointPolicy byTime = CheckpointPolicy.of(CheckpointMode.PERIODIC, Duration.ofSeconds(5), null);
		assertThat(byTime.afterEvent(progress(4_999, 10))).isFalse();
		assertThat(byTime.afterEvent(progress(5_000, 10))).isTrue();
		assertThat(byTime.afterPoll(progress(5_000, 10))).isTrue();
		CheckpointPolicy byCount = CheckpointPolicy.of(CheckpointMode.PERIODIC, null, 3);
		assertThat(byCount.afterPoll(progress(60_000, 2))).isFalse();
		assertThat(byCount.afterPoll(progress(0, 3))).isTrue();
		assertThat(byCount.automatic()).isTrue();
	}

	@Test
	void periodicWritesNothingWhenNothingIsNew() {
		CheckpointPolicy policy = CheckpointPolicy.of(CheckpointMode.PERIODIC, Duration.ofSeconds(1), 1);
		assertThat(policy.afterPoll(progress(60_000, 0))).isFalse();
	}

	@Test
	void manualLeavesCheckpointsToTheApplication() {
		CheckpointPolicy policy = CheckpointPolicy.of(CheckpointMode.MANUAL, null, null);
		assertThat(policy.afterEvent(progress(60_000, 100))).isFalse();
		assertThat(policy.afterPoll(progress(60_000, 100))).isFalse();
		assertThat(policy.automatic()).isFalse();
	}

}
