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
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import io.rstreams.client.Event;
import io.rstreams.client.RStreamsException;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.leocron.BotLease;
import io.rstreams.client.bot.FanoutCheckpoints;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.checkpoint.CheckpointRejectedException;
import io.rstreams.client.checkpoint.StaleCheckpointException;
import io.rstreams.client.write.QueueWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A binding's progress since its last checkpoint, event by event in eid order, with the
 * writes each one caused.
 *
 * <p>
 * A checkpoint flushes the writers, waits (bounded) for the bus to accept the pending
 * writes, and then moves the read checkpoint (protocol.md 7.1, guarded by the previous
 * value) over the longest run of handled events whose writes were all accepted: never
 * past an event whose output failed or is still in flight. When it stops short it says so
 * with an {@link OutputsNotAcceptedException}.
 *
 * <p>
 * A checkpoint call that failed in transit may still have been applied; the next one
 * first reads the stored value back, so that its own earlier write is not taken for
 * another reader's. Status getters never wait for a checkpoint in progress (health must
 * answer while the bus is slow).
 */
final class CheckpointTracker implements Uncheckpointed {

	private static final Logger log = LoggerFactory.getLogger(CheckpointTracker.class);

	private final Checkpointer checkpointer;

	private final BotLease lease;

	private final FanoutCheckpoints fanout;

	private final String botId;

	private final String queue;

	private final Clock clock;

	private final Duration timeout;

	private final ReentrantLock lock = new ReentrantLock();

	private final Deque<Step> steps = new ArrayDeque<>();

	private String expected;

	private String uncertain;

	private long startedAt;

	private volatile String checkpointed;

	private volatile String done;

	private volatile Long lastSourceTimestamp;

	private volatile long records;

	private volatile long lastCheckpointAt;

	private volatile long checkpoints;

	/**
	 * One handled entry (an event, a batch, or a range dealt with by the error path) and
	 * the writes it caused.
	 */
	private record Step(String eid, long records, Long sourceTimestamp, List<CompletableFuture<Void>> writes,
			Set<QueueWriter> writers) {
	}

	/**
	 * @param checkpointer {@code null} for an anonymous consumer (progress kept in memory
	 * only)
	 * @param stored the bot's stored checkpoint when the binding started (the first
	 * expected value)
	 * @param floor the checkpoint progress starts from: the stored one, or {@code null}
	 * after a reset
	 * @param timeout how long a checkpoint waits for pending writes
	 */
	CheckpointTracker(Checkpointer checkpointer, BotLease lease, String botId, String queue, String stored,
			String floor, Clock clock, Duration timeout, FanoutCheckpoints fanout) {
		this.checkpointer = checkpointer;
		this.lease = lease;
		this.fanout = fanout;
		this.botId = botId;
		this.queue = queue;
		this.expected = stored;
		this.checkpointed = floor;
		this.clock = clock;
		this.timeout = timeout;
		this.lastCheckpointAt = clock.millis();
	}

	/**
	 * Records that the handling of {@code events} finished, with the writes it caused.
	 */
	void completed(List<Event> events, List<CompletableFuture<Void>> writes, Set<QueueWriter> writers) {
		if (events.isEmpty()) {
			return;
		}
		long units = 0;
		for (Event e : events) {
			units += e.unitsOrOne();
		}
		Event last = events.get(events.size() - 1);
		add(new Step(last.eid(), units, last.eventSourceTimestamp(), List.copyOf(writes), Set.copyOf(writers)));
	}

	/**
	 * Records that an eid range was dealt with by the error path, with the writes (a DLQ
	 * event) that caused.
	 */
	void skipped(String lastEid, long count) {
		add(new Step(lastEid, count, null, List.of(), Set.of()));
	}

	private void add(Step step) {
		lock.lock();
		try {
			if (steps.isEmpty() && records == 0) {
				startedAt = clock.millis();
			}
			steps.add(step);
			records += step.records();
			if (step.sourceTimestamp() != null) {
				lastSourceTimestamp = step.sourceTimestamp();
			}
			done = step.eid();
		}
		finally {
			lock.unlock();
		}
	}

	/** The last eid whose handling finished, or {@code null}. */
	String done() {
		return done;
	}

	String checkpointed() {
		return checkpointed;
	}

	@Override
	public long uncheckpointedRecords() {
		return records;
	}

	@Override
	public long millisSinceCheckpoint() {
		return clock.millis() - lastCheckpointAt;
	}

	long checkpointCount() {
		return checkpoints;
	}

	/** {@code event_source_timestamp} of the last event handled, or {@code null}. */
	Long lastSourceTimestamp() {
		return lastSourceTimestamp;
	}

	/** When the last checkpoint was written (epoch ms), or the tracker's creation. */
	long lastCheckpointAt() {
		return lastCheckpointAt;
	}

	/** Checkpoints everything done so far whose outputs the bus accepted. */
	void checkpoint() {
		String target = done;
		if (target != null) {
			checkpointTo(target);
		}
	}

	/**
	 * Checkpoints up to {@code eid} (never backwards, never past an event whose outputs
	 * were not accepted).
	 * @throws StaleCheckpointException if another reader moved it
	 * @throws OutputsNotAcceptedException if it stopped short of {@code eid} because of
	 * outputs
	 * @throws RStreamsException if LeoCron could not be written (nothing is lost: it is
	 * tried again)
	 */
	void checkpointTo(String eid) {
		lock.lock();
		try {
			if (checkpointed != null && eid.compareTo(checkpointed) <= 0) {
				return;
			}
			List<Step> covered = new ArrayList<>();
			for (Step s : steps) {
				if (s.eid().compareTo(eid) > 0) {
					break;
				}
				covered.add(s);
			}
			Throwable failure = awaitWrites(covered);
			int accepted = 0;
			long units = 0;
			Long sourceTimestamp = null;
			Throwable stoppedBy = null;
			boolean pending = false;
			for (Step s : covered) {
				Throwable f = firstFailure(s);
				if (f != null) {
					stoppedBy = f;
					break;
				}
				if (!allDone(s)) {
					pending = true;
					break;
				}
				accepted++;
				units += s.records();
				if (s.sourceTimestamp() != null) {
					sourceTimestamp = s.sourceTimestamp();
				}
			}
			if (accepted > 0) {
				Step last = covered.get(accepted - 1);
				write(last.eid(), units, sourceTimestamp);
				for (int i = 0; i < accepted; i++) {
					steps.pollFirst();
				}
				records = Math.max(0, records - units);
			}
			if (stoppedBy != null || pending) {
				String at = checkpointed == null ? "the start" : checkpointed;
				String why = stoppedBy != null ? "an output was not written (" + describe(stoppedBy) + ")"
						: "outputs were not accepted by the bus within " + timeout.toMillis() + " ms";
				throw new OutputsNotAcceptedException(
						"Bot '" + botId + "' on queue '" + queue + "': " + why + "; checkpointed only up to " + at
								+ ", the events after it are not checkpointed",
						checkpointed, stoppedBy != null, stoppedBy != null ? stoppedBy : failure);
			}
		}
		finally {
			lock.unlock();
		}
	}

	private void write(String eid, long units, Long sourceTimestamp) {
		long now = clock.millis();
		if (checkpointer != null) {
			Checkpoint value = new Checkpoint(eid, sourceTimestamp, startedAt == 0 ? now : startedAt, now,
					Math.max(units, 0));
			if (fanout != null) {
				fanout.checkpoint(value, lease);
			}
			else {
				writeGuarded(value);
			}
		}
		checkpointed = eid;
		startedAt = now;
		lastCheckpointAt = now;
		checkpoints++;
		log.debug("Bot '{}' checkpointed queue '{}' at {}", botId, queue, eid);
	}

	/**
	 * The conditional write; an attempt that failed in transit is checked against the
	 * stored value first.
	 */
	private void writeGuarded(Checkpoint value) {
		if (uncertain != null) {
			String stored = checkpointer.readCheckpoint(botId, queue);
			if (uncertain.equals(stored)) {
				expected = stored;
			}
			uncertain = null;
		}
		try {
			checkpointer.checkpoint(botId, queue, value, expected, lease);
			expected = value.checkpoint();
		}
		catch (CheckpointRejectedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			uncertain = value.checkpoint();
			throw ex;
		}
	}

	/**
	 * Flushes the writers and waits for the steps' writes; returns a timeout, if that is
	 * how the wait ended.
	 */
	private Throwable awaitWrites(List<Step> covered) {
		Set<QueueWriter> writers = new LinkedHashSet<>();
		List<CompletableFuture<Void>> writes = new ArrayList<>();
		for (Step s : covered) {
			writers.addAll(s.writers());
			writes.addAll(s.writes());
		}
		if (writes.isEmpty()) {
			return null;
		}
		writers.forEach(QueueWriter::flush);
		try {
			CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
				.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return null;
		}
		catch (TimeoutException ex) {
			return ex;
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RStreamsException("Interrupted while waiting for outputs before a checkpoint", ex);
		}
	}

	private static Throwable firstFailure(Step s) {
		for (CompletableFuture<Void> w : s.writes()) {
			if (w.isCompletedExceptionally()) {
				return w.handle((ok, f) -> f).join();
			}
		}
		return null;
	}

	private static boolean allDone(Step s) {
		for (CompletableFuture<Void> w : s.writes()) {
			if (!w.isDone()) {
				return false;
			}
		}
		return true;
	}

	private static String describe(Throwable t) {
		Throwable cause = AwsCalls.unwrap(t);
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	/**
	 * Forgets progress past the last checkpoint (after a failure: those events will be
	 * read again).
	 */
	String rewind() {
		lock.lock();
		try {
			steps.clear();
			records = 0;
			done = checkpointed;
			return checkpointed;
		}
		finally {
			lock.unlock();
		}
	}

}
