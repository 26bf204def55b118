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
package io.rstreams.benchmarks.apps;

import java.util.function.Consumer;

import io.rstreams.benchmarks.support.ResultLine;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the events an application received and remembers when the first and the last
 * expected one arrived ({@link System#nanoTime()}), or when the clock was started
 * ({@link #startClock()}) if that came first; calls {@code whenDone} once, on the thread
 * that received the last one.
 */
final class ReceiptCounter {

	private final long expected;

	private final Consumer<ReceiptCounter> whenDone;

	private volatile long count;

	private long first;

	private long last;

	private boolean done;

	ReceiptCounter(long expected, Consumer<ReceiptCounter> whenDone) {
		this.expected = expected;
		this.whenDone = whenDone;
	}

	/**
	 * A counter that, when {@code expected} arrived, prints the steady-state result line
	 * and exits the application.
	 */
	static ReceiptCounter reportingAndExiting(long expected, ConfigurableApplicationContext context) {
		return new ReceiptCounter(expected, done -> {
			ResultLine.steady(done.count(), done.first(), done.last()).print();
			BenchApps.exit(context);
		});
	}

	/** Starts the steady-state clock now rather than at the first event. */
	synchronized void startClock() {
		if (first == 0) {
			first = System.nanoTime();
		}
	}

	/** {@code events} more were received. */
	void received(int events) {
		boolean finished;
		synchronized (this) {
			long now = System.nanoTime();
			if (first == 0) {
				first = now;
			}
			count += events;
			finished = !done && count >= expected;
			if (finished) {
				done = true;
				last = now;
			}
		}
		if (finished) {
			whenDone.accept(this);
		}
	}

	long count() {
		return count;
	}

	synchronized long first() {
		return first;
	}

	synchronized long last() {
		return last;
	}

}
