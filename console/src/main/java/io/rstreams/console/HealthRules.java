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
import java.util.Objects;

/**
 * When a reading bot counts as lagging or stale. A bot that is behind is
 * {@link Health#LAGGING} when the newest event it has not read is more than
 * {@code laggingAfter} newer than its checkpoint, and {@link Health#STALE} when, being
 * behind, it has not checkpointed for {@code staleAfter}: it is not moving at all.
 *
 * @param laggingAfter how far behind (eid time) a reader may be and still be healthy
 * @param staleAfter how long a reader that is behind may go without a checkpoint
 */
public record HealthRules(Duration laggingAfter, Duration staleAfter) {

	public HealthRules {
		Objects.requireNonNull(laggingAfter, "laggingAfter");
		Objects.requireNonNull(staleAfter, "staleAfter");
	}

	/** Lagging after 1 minute behind, stale after 5 minutes without a checkpoint. */
	public static HealthRules defaults() {
		return new HealthRules(Duration.ofMinutes(1), Duration.ofMinutes(5));
	}

	/**
	 * @param behind events not read yet (0: caught up)
	 * @param lagMillis eid time of the queue's newest event minus that of the checkpoint
	 * @param lastCheckpointAt when the checkpoint last moved (epoch ms), or {@code null}
	 * @param now epoch ms
	 */
	public Health classify(long behind, long lagMillis, Long lastCheckpointAt, long now) {
		if (behind <= 0) {
			return Health.HEALTHY;
		}
		if (lastCheckpointAt != null && now - lastCheckpointAt > staleAfter.toMillis()) {
			return Health.STALE;
		}
		return lagMillis > laggingAfter.toMillis() ? Health.LAGGING : Health.HEALTHY;
	}

}
