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

import org.junit.jupiter.api.Test;

class BackoffTest {

	@Test
	void doublesUpToThirtySecondsAndStartsOverAfterASuccess() {
		Backoff backoff = new Backoff(Duration.ofSeconds(4));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(4));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(8));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(16));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(30));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(30));
		assertThat(backoff.current()).isEqualTo(Duration.ofSeconds(30));
		backoff.reset();
		assertThat(backoff.current()).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void aFirstWaitAboveTheMaximumIsCappedAfterItsFirstUse() {
		Backoff backoff = new Backoff(Duration.ofMinutes(1));
		assertThat(backoff.next()).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.next()).isEqualTo(Backoff.MAX);
	}

}
