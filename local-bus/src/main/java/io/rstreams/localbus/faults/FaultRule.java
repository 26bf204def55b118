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
package io.rstreams.localbus.faults;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When to inject one {@link Fault}: on which operations ({@code "DynamoDB.UpdateItem"},
 * {@code "Kinesis.*"}, {@code "*"}), how often (a rate, the first {@code n} matching
 * calls, or every call), and for how long.
 *
 * <p>
 * A rule with a rate decides with its own {@link Random} seeded from the injector's seed
 * and the rule's position, so a run can be replayed with the same seed (the calls must
 * come in the same order for the same decisions).
 */
public final class FaultRule {

	private final String operation;

	private final Fault fault;

	private final double rate;

	private final AtomicLong remaining;

	private final Duration duration;

	private final Duration delay;

	private volatile Random random = new Random(0);

	private volatile long activeUntilNanos = Long.MAX_VALUE;

	private volatile boolean enabled = true;

	private final AtomicLong injected = new AtomicLong();

	private FaultRule(String operation, Fault fault, double rate, long count, Duration duration, Duration delay) {
		this.operation = Objects.requireNonNull(operation, "operation");
		this.fault = Objects.requireNonNull(fault, "fault");
		if (rate < 0 || rate > 1) {
			throw new IllegalArgumentException("A fault rate is between 0 and 1, got " + rate);
		}
		this.rate = rate;
		this.remaining = count < 0 ? null : new AtomicLong(count);
		this.duration = duration;
		this.delay = delay;
	}

	/**
	 * Every matching call fails (until {@link #disable()} or the end of
	 * {@link #during(Duration)}).
	 */
	public static FaultRule always(String operation, Fault fault) {
		return new FaultRule(operation, fault, 1.0, -1, null, Duration.ofSeconds(30));
	}

	/** Each matching call fails with probability {@code rate}. */
	public static FaultRule rate(String operation, Fault fault, double rate) {
		return new FaultRule(operation, fault, rate, -1, null, Duration.ofSeconds(30));
	}

	/** The next {@code count} matching calls fail. */
	public static FaultRule count(String operation, Fault fault, long count) {
		return new FaultRule(operation, fault, 1.0, count, null, Duration.ofSeconds(30));
	}

	/**
	 * The rule stops by itself {@code duration} after it was added to an injector (an
	 * outage of that length).
	 */
	public FaultRule during(Duration value) {
		return new FaultRule(operation, fault, rate, remaining == null ? -1 : remaining.get(), value, delay);
	}

	/**
	 * How long a {@link Fault#TIMEOUT} holds the call before the service applies it
	 * (default 30 s).
	 */
	public FaultRule delay(Duration value) {
		return new FaultRule(operation, fault, rate, remaining == null ? -1 : remaining.get(), duration, value);
	}

	void activate(long seed, int index) {
		random = new Random(seed * 31 + index);
		if (duration != null) {
			activeUntilNanos = System.nanoTime() + duration.toNanos();
		}
	}

	/** Stops injecting (an outage that ends, a permission that is granted). */
	public void disable() {
		enabled = false;
	}

	public boolean isActive() {
		return enabled && System.nanoTime() < activeUntilNanos && (remaining == null || remaining.get() > 0);
	}

	/** Whether this rule fails the call (and counts it if so). */
	boolean fires(String op) {
		if (!enabled || !matches(op) || System.nanoTime() >= activeUntilNanos) {
			return false;
		}
		if (remaining != null) {
			if (remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) <= 0) {
				return false;
			}
		}
		else if (rate < 1.0) {
			Random r = random;
			synchronized (r) {
				if (r.nextDouble() >= rate) {
					return false;
				}
			}
		}
		injected.incrementAndGet();
		return true;
	}

	boolean matches(String op) {
		if (operation.equals("*") || operation.equals(op)) {
			return true;
		}
		return operation.endsWith(".*") && op.startsWith(operation.substring(0, operation.length() - 1));
	}

	public Fault fault() {
		return fault;
	}

	public String operation() {
		return operation;
	}

	Duration delay() {
		return delay;
	}

	/** Calls this rule failed so far. */
	public long injected() {
		return injected.get();
	}

	@Override
	public String toString() {
		String how = remaining != null ? "next " + remaining.get() : rate < 1.0 ? "rate " + rate : "every call";
		return fault + " on " + operation + " (" + how + (duration != null ? ", for " + duration : "") + ")";
	}

}
