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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The reader's idle wait: it ends at its deadline or as soon as someone wakes the reader
 * (stop, resume, an operator's move, a lost lease). A wake-up that comes while the reader
 * is busy is kept for its next wait, so it is never missed.
 */
final class WakeUp {

	private final Semaphore signal = new Semaphore(0);

	/**
	 * Waits up to {@code duration}; returns false when interrupted (the reader must
	 * stop).
	 */
	boolean sleep(Duration duration, BooleanSupplier running) {
		if (!running.getAsBoolean()) {
			return true;
		}
		try {
			if (signal.tryAcquire(Math.max(1, duration.toMillis()), TimeUnit.MILLISECONDS)) {
				signal.drainPermits();
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void wake() {
		signal.release();
	}

}
