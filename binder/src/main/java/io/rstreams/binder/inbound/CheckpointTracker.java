package io.rstreams.binder.inbound;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.rstreams.client.Event;
import io.rstreams.client.RStreamsException;
import io.rstreams.client.bot.BotLease;
import io.rstreams.client.bot.FanoutCheckpoints;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.write.QueueWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A binding's progress: the last event whose handling finished, the writes those events caused, and the last
 * checkpoint stored in LeoCron. A checkpoint first flushes the writers and waits until the bus accepted every
 * pending write, and only then moves the read checkpoint (protocol.md 7.1, guarded by the previous value), so it
 * never covers an event whose outputs could still be lost.
 */
final class CheckpointTracker {

	private static final Logger log = LoggerFactory.getLogger(CheckpointTracker.class);

	private final Checkpointer checkpointer;
	private final BotLease lease;
	private final FanoutCheckpoints fanout;
	private final String botId;
	private final String queue;
	private final Clock clock;
	private final Duration timeout;
	private final List<CompletableFuture<Void>> pendingWrites = new ArrayList<>();
	private final Set<QueueWriter> pendingWriters = new LinkedHashSet<>();

	private String expected;
	private String checkpointed;
	private String done;
	private Long lastSourceTimestamp;
	private long records;
	private long startedAt;
	private long lastCheckpointAt;
	private long checkpoints;

	/**
	 * @param checkpointer {@code null} for an anonymous consumer (progress kept in memory only)
	 * @param stored       the bot's stored checkpoint when the binding started (the first expected value)
	 * @param floor        the checkpoint progress starts from: the stored one, or {@code null} after a reset
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

	/** Records that the handling of {@code events} finished, with the writes it caused. */
	synchronized void completed(List<Event> events, List<CompletableFuture<Void>> writes, Set<QueueWriter> writers) {
		if (events.isEmpty()) {
			return;
		}
		if (records == 0) {
			startedAt = clock.millis();
		}
		for (Event e : events) {
			records += e.unitsOrOne();
			lastSourceTimestamp = e.eventSourceTimestamp();
			done = e.eid();
		}
		pendingWrites.addAll(writes);
		pendingWriters.addAll(writers);
	}

	/** Records that an eid range was dealt with by the error path (dead-lettered, or handled by the application). */
	synchronized void skipped(String lastEid, long count) {
		if (records == 0) {
			startedAt = clock.millis();
		}
		records += count;
		done = lastEid;
	}

	/** The last eid whose handling finished, or {@code null}. */
	synchronized String done() {
		return done;
	}

	synchronized String checkpointed() {
		return checkpointed;
	}

	synchronized long uncheckpointedRecords() {
		return records;
	}

	synchronized long millisSinceCheckpoint() {
		return clock.millis() - lastCheckpointAt;
	}

	synchronized long checkpointCount() {
		return checkpoints;
	}

	/** {@code event_source_timestamp} of the last event handled, or {@code null}. */
	synchronized Long lastSourceTimestamp() {
		return lastSourceTimestamp;
	}

	/** When the last checkpoint was written (epoch ms), or the tracker's creation. */
	synchronized long lastCheckpointAt() {
		return lastCheckpointAt;
	}

	/** Checkpoints everything done so far. */
	synchronized void checkpoint() {
		if (done != null) {
			checkpointTo(done);
		}
	}

	/**
	 * Checkpoints up to {@code eid} (never backwards): flushes pending writes, waits for the bus to accept them,
	 * then writes the checkpoint guarded by the previous one.
	 *
	 * @throws io.rstreams.client.checkpoint.StaleCheckpointException if another reader moved it
	 * @throws RStreamsException if a pending write was not accepted (nothing is checkpointed then)
	 */
	synchronized void checkpointTo(String eid) {
		if (checkpointed != null && eid.compareTo(checkpointed) <= 0) {
			return;
		}
		awaitWrites();
		long now = clock.millis();
		if (checkpointer != null) {
			Checkpoint value = new Checkpoint(eid, lastSourceTimestamp, records == 0 ? now : startedAt, now,
					Math.max(records, 0));
			if (fanout != null) {
				fanout.checkpoint(value, lease);
			}
			else {
				checkpointer.checkpoint(botId, queue, value, expected, lease);
				expected = eid;
			}
		}
		checkpointed = eid;
		records = 0;
		lastCheckpointAt = now;
		checkpoints++;
		log.debug("Bot '{}' checkpointed queue '{}' at {}", botId, queue, eid);
	}

	private void awaitWrites() {
		if (pendingWrites.isEmpty()) {
			return;
		}
		for (QueueWriter w : pendingWriters) {
			w.flush();
		}
		CompletableFuture<Void> all = CompletableFuture.allOf(pendingWrites.toArray(CompletableFuture[]::new));
		try {
			all.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new RStreamsException("Bot '" + botId + "' on queue '" + queue + "': outputs were not accepted by the "
					+ "bus within " + timeout.toMillis() + " ms; not checkpointing", ex);
		}
		catch (ExecutionException ex) {
			pendingWrites.clear();
			pendingWriters.clear();
			throw new RStreamsException("Bot '" + botId + "' on queue '" + queue + "': an output was not written ("
					+ ex.getCause().getMessage() + "); not checkpointing past the events that produced it", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RStreamsException("Interrupted while waiting for outputs before a checkpoint", ex);
		}
		pendingWrites.clear();
		pendingWriters.clear();
	}

	/** Forgets progress past the last checkpoint (after a failure: those events will be read again). */
	synchronized String rewind() {
		done = checkpointed;
		records = 0;
		pendingWrites.clear();
		pendingWriters.clear();
		return checkpointed;
	}
}
