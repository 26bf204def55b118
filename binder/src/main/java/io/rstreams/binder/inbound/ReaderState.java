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

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.rstreams.binder.status.BindingState;

/**
 * The state machine of a binding's reader: every {@link BindingState} transition is here,
 * with the failure that caused it and since when the binding has not advanced.
 *
 * <pre>
 * STOPPED/STALE/FAILED --start--&gt; STARTING
 * any --start resolved--&gt; RUNNING            BLOCKED --poll went through--&gt; RUNNING
 * RUNNING/STARTING/STOPPED --failure--&gt; BLOCKED      any --start failed on AWS--&gt; BLOCKED
 * any --lease not held--&gt; STANDBY
 * any --checkpoint moved by another reader--&gt; STALE      any --cannot start, or crashed--&gt; FAILED
 * RUNNING/STANDBY/BLOCKED/STARTING --reader ended--&gt; STOPPED
 * </pre>
 *
 * PAUSED is never stored: it is how a RUNNING binding shows while paused.
 */
final class ReaderState {

	private static final Set<BindingState> ADVANCING = EnumSet.of(BindingState.RUNNING, BindingState.STARTING,
			BindingState.STOPPED);

	private static final Set<BindingState> ENDED_BY_STOP = EnumSet.of(BindingState.RUNNING, BindingState.STANDBY,
			BindingState.BLOCKED, BindingState.STARTING);

	private final Clock clock;

	private volatile BindingState state = BindingState.STOPPED;

	private volatile Throwable lastError;

	private volatile Instant lastErrorAt;

	private volatile Instant blockedSince;

	ReaderState(Clock clock) {
		this.clock = clock;
	}

	BindingState current() {
		return state;
	}

	BindingState shown(boolean paused) {
		BindingState s = state;
		return paused && s == BindingState.RUNNING ? BindingState.PAUSED : s;
	}

	void starting() {
		state = BindingState.STARTING;
	}

	void running() {
		state = BindingState.RUNNING;
	}

	/** A failure that changes no state (it is shown as the last error). */
	void error(Throwable ex) {
		lastError = ex;
		lastErrorAt = clock.instant();
	}

	/**
	 * The binding cannot advance: it stays at its position and tries again; status says
	 * where, since when, why.
	 */
	void blocked(Throwable ex) {
		error(ex);
		if (blockedSince == null) {
			blockedSince = lastErrorAt;
		}
		if (ADVANCING.contains(state)) {
			state = BindingState.BLOCKED;
		}
	}

	/**
	 * Resolving the start failed on AWS: retried like any failure, BLOCKED meanwhile
	 * whatever came before.
	 */
	void startBlocked() {
		state = BindingState.BLOCKED;
	}

	/**
	 * A poll went through: the binding advances again. Returns whether it was blocked.
	 */
	boolean unblocked() {
		blockedSince = null;
		if (state == BindingState.BLOCKED) {
			state = BindingState.RUNNING;
			return true;
		}
		return false;
	}

	void standby() {
		state = BindingState.STANDBY;
	}

	void stale(Throwable ex) {
		error(ex);
		state = BindingState.STALE;
	}

	void failed(Throwable ex) {
		error(ex);
		state = BindingState.FAILED;
	}

	/**
	 * The reader ended: a binding that was reading (or trying to) is stopped; STALE and
	 * FAILED stay.
	 */
	void ended() {
		if (ENDED_BY_STOP.contains(state)) {
			state = BindingState.STOPPED;
		}
	}

	Throwable lastError() {
		return lastError;
	}

	Instant lastErrorAt() {
		return lastErrorAt;
	}

	Instant blockedSince() {
		return blockedSince;
	}

}
