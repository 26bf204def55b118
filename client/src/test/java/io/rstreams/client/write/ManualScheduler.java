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
package io.rstreams.client.write;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An executor that runs nothing by itself: a test runs what is due with {@link #runDue()}
 * or moves its clock with {@link #advance(long)}, so the writer's callbacks and timers
 * happen exactly when the test says, on its thread.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

	private final PriorityQueue<Task> tasks = new PriorityQueue<>();

	/** The delay of every {@code schedule} call, in order. */
	final List<Long> scheduledDelays = new ArrayList<>();

	private long now;

	private long order;

	private boolean shutdown;

	/** Runs every task due now, including those the tasks add. */
	void runDue() {
		while (!tasks.isEmpty() && tasks.peek().at <= now) {
			tasks.poll().run();
		}
	}

	/**
	 * Moves the clock by {@code millis}, running what falls due on the way in time order.
	 */
	void advance(long millis) {
		long target = now + millis;
		while (!tasks.isEmpty() && tasks.peek().at <= target) {
			Task next = tasks.poll();
			now = Math.max(now, next.at);
			next.run();
		}
		now = target;
	}

	long now() {
		return now;
	}

	/** Tasks waiting (callbacks and timers). */
	int waiting() {
		return tasks.size();
	}

	@Override
	public void execute(Runnable command) {
		add(command, 0);
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
		long millis = unit.toMillis(delay);
		scheduledDelays.add(millis);
		return add(command, millis);
	}

	private Task add(Runnable command, long delayMillis) {
		if (shutdown) {
			throw new RejectedExecutionException("shut down");
		}
		Task task = new Task(command, now + delayMillis, order++);
		tasks.add(task);
		return task;
	}

	@Override
	public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void shutdown() {
		shutdown = true;
	}

	@Override
	public List<Runnable> shutdownNow() {
		shutdown = true;
		List<Runnable> left = new ArrayList<>(tasks);
		tasks.clear();
		return left;
	}

	@Override
	public boolean isShutdown() {
		return shutdown;
	}

	@Override
	public boolean isTerminated() {
		return shutdown && tasks.isEmpty();
	}

	@Override
	public boolean awaitTermination(long timeout, TimeUnit unit) {
		return isTerminated();
	}

	private final class Task extends FutureTask<Object> implements ScheduledFuture<Object> {

		final long at;

		final long seq;

		Task(Runnable command, long at, long seq) {
			super(command, null);
			this.at = at;
			this.seq = seq;
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return unit.convert(at - now, TimeUnit.MILLISECONDS);
		}

		@Override
		public int compareTo(Delayed other) {
			Task o = (Task) other;
			return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
		}

	}

}
