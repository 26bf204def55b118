package io.rstreams.binder.inbound;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The reader's idle wait: it ends at its deadline or as soon as someone wakes the reader (stop, resume, an
 * operator's move, a lost lease). A wake-up that comes while the reader is busy is kept for its next wait, so it
 * is never missed.
 */
final class WakeUp {

	private final Semaphore signal = new Semaphore(0);

	/** Waits up to {@code duration}; returns false when interrupted (the reader must stop). */
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
