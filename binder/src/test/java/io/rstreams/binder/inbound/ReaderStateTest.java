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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.rstreams.binder.status.BindingState;
import org.junit.jupiter.api.Test;

class ReaderStateTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private final ReaderState state = new ReaderState(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void startsStoppedThenStartingThenRunning() {
		assertThat(state.current()).isEqualTo(BindingState.STOPPED);
		state.starting();
		assertThat(state.current()).isEqualTo(BindingState.STARTING);
		state.running();
		assertThat(state.current()).isEqualTo(BindingState.RUNNING);
	}

	@Test
	void aFailureBlocksAReadingBindingUntilAPollGoesThrough() {
		state.running();
		RuntimeException failure = new IllegalStateException("bus down");
		state.blocked(failure);
		assertThat(state.current()).isEqualTo(BindingState.BLOCKED);
		assertThat(state.lastError()).isSameAs(failure);
		assertThat(state.lastErrorAt()).isEqualTo(NOW);
		assertThat(state.blockedSince()).isEqualTo(NOW);
		assertThat(state.unblocked()).isTrue();
		assertThat(state.current()).isEqualTo(BindingState.RUNNING);
		assertThat(state.blockedSince()).isNull();
		assertThat(state.lastError()).isSameAs(failure);
		assertThat(state.unblocked()).isFalse();
	}

	@Test
	void aFailureWhileStandingByKeepsTheBindingStandingBy() {
		state.standby();
		state.blocked(new IllegalStateException("no lease"));
		assertThat(state.current()).isEqualTo(BindingState.STANDBY);
	}

	@Test
	void aStartThatFailsOnAwsIsBlockedWhateverCameBefore() {
		state.standby();
		state.startBlocked();
		assertThat(state.current()).isEqualTo(BindingState.BLOCKED);
	}

	@Test
	void pausedShowsOnlyOverRunning() {
		state.running();
		assertThat(state.shown(true)).isEqualTo(BindingState.PAUSED);
		assertThat(state.shown(false)).isEqualTo(BindingState.RUNNING);
		state.standby();
		assertThat(state.shown(true)).isEqualTo(BindingState.STANDBY);
	}

	@Test
	void endingStopsAReadingBindingButKeepsStaleAndFailed() {
		for (Runnable before : new Runnable[] { state::starting, state::running, state::standby,
				() -> state.blocked(new IllegalStateException()) }) {
			before.run();
			state.ended();
			assertThat(state.current()).isEqualTo(BindingState.STOPPED);
		}
		state.stale(new IllegalStateException("moved"));
		state.ended();
		assertThat(state.current()).isEqualTo(BindingState.STALE);
		state.failed(new IllegalStateException("bad start"));
		state.ended();
		assertThat(state.current()).isEqualTo(BindingState.FAILED);
		state.starting();
		assertThat(state.current()).isEqualTo(BindingState.STARTING);
	}

}
