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

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the outside asks of a reader between two polls: run or stop, pause, re-read from
 * the checkpoint (a manual REQUEUE), move the checkpoint (an operator). Each request
 * wakes the reader from its idle wait.
 */
final class ReaderSignals {

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicBoolean paused = new AtomicBoolean();

	private final AtomicBoolean rewind = new AtomicBoolean();

	private final AtomicReference<String> move = new AtomicReference<>();

	private final WakeUp wakeUp = new WakeUp();

	/** Returns false when already running. */
	boolean start() {
		return running.compareAndSet(false, true);
	}

	/** Returns false when not running. */
	boolean stop() {
		boolean was = running.getAndSet(false);
		wakeUp.wake();
		return was;
	}

	boolean running() {
		return running.get();
	}

	void pause(boolean pause) {
		paused.set(pause);
		wakeUp.wake();
	}

	boolean paused() {
		return paused.get();
	}

	void requestRewind() {
		rewind.set(true);
		wakeUp.wake();
	}

	boolean takeRewind() {
		return rewind.getAndSet(false);
	}

	void requestMove(String eid) {
		move.set(eid);
		wakeUp.wake();
	}

	/** The eid an operator asked to move to, or {@code null}. */
	String takeMove() {
		return move.getAndSet(null);
	}

	void wake() {
		wakeUp.wake();
	}

	/** Waits up to {@code duration} unless woken; an interrupt stops the reader. */
	void sleep(Duration duration) {
		if (!wakeUp.sleep(duration, running::get)) {
			running.set(false);
		}
	}

	WakeUp wakeUp() {
		return wakeUp;
	}

}
