package io.rstreams.binder.inbound;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one consumer binding, read by health, metrics and the actuator endpoint. Written only by the
 * binding's own threads.
 */
public final class BindingStats {

	final AtomicLong eventsRead = new AtomicLong();
	final AtomicLong eventsHandled = new AtomicLong();
	final AtomicLong eventsFailed = new AtomicLong();
	final AtomicLong checkpoints = new AtomicLong();
	final AtomicLong checkpointFailures = new AtomicLong();
	final AtomicLong polls = new AtomicLong();
	final AtomicLong leaseAcquisitions = new AtomicLong();
	final AtomicLong leaseLosses = new AtomicLong();
	volatile String maxEid;
	volatile Long maxEidTimestamp;
	volatile Long lastSourceTimestamp;
	volatile long lastCheckpointAt;
	volatile long lastReadAt;
	volatile long lagEvents = -1;
	volatile boolean lagExact = true;
	volatile long lagMeasuredAt;

	/** Events read from the queue and handed to the application (or the error path). */
	public long eventsRead() {
		return eventsRead.get();
	}

	/** Events whose handling finished. */
	public long eventsHandled() {
		return eventsHandled.get();
	}

	/** Events (or undecodable stored data) that went to the error channel. */
	public long eventsFailed() {
		return eventsFailed.get();
	}

	/** Checkpoints written to LeoCron (or kept in memory for an anonymous consumer). */
	public long checkpoints() {
		return checkpoints.get();
	}

	/** Checkpoint attempts that failed (outputs not accepted, AWS error, stale, lease lost). */
	public long checkpointFailures() {
		return checkpointFailures.get();
	}

	/** LeoEvent reads (polls). */
	public long polls() {
		return polls.get();
	}

	public long leaseAcquisitions() {
		return leaseAcquisitions.get();
	}

	public long leaseLosses() {
		return leaseLosses.get();
	}

	/** The queue's {@code max_eid} at the last poll, or {@code null}. */
	public String maxEid() {
		return maxEid;
	}

	/** {@code event_source_timestamp} of the last event handled, or {@code null}. */
	public Long lastSourceTimestamp() {
		return lastSourceTimestamp;
	}

	/** When the last checkpoint was written (epoch ms), 0 if none yet. */
	public long lastCheckpointAt() {
		return lastCheckpointAt;
	}

	/**
	 * Events stored after the binding's position up to the queue's max eid, as last measured; -1 before the first
	 * measurement. A lower bound when {@link #lagExact()} is false.
	 */
	public long lagEvents() {
		return lagEvents;
	}

	public boolean lagExact() {
		return lagExact;
	}

	/** Now minus the {@code event_source_timestamp} of the last event handled (ms), or -1. */
	public long lagMillis(long now) {
		Long est = lastSourceTimestamp;
		return est == null ? -1 : Math.max(0, now - est);
	}

	/** When the queue was last polled (epoch ms), 0 if never. */
	public long lastReadAt() {
		return lastReadAt;
	}
}
