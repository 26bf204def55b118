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

import java.util.concurrent.atomic.AtomicLong;

import io.rstreams.binder.status.BindingStats;

/**
 * The counters of one consumer binding. Written only by the binding's own threads,
 * through the methods that name what happened; read by anyone through
 * {@link BindingStats}.
 */
final class BindingCounters implements BindingStats {

	private final AtomicLong eventsRead = new AtomicLong();

	private final AtomicLong eventsHandled = new AtomicLong();

	private final AtomicLong eventsFailed = new AtomicLong();

	private final AtomicLong checkpoints = new AtomicLong();

	private final AtomicLong checkpointFailures = new AtomicLong();

	private final AtomicLong polls = new AtomicLong();

	private final AtomicLong leaseAcquisitions = new AtomicLong();

	private final AtomicLong leaseLosses = new AtomicLong();

	private volatile String maxEid;

	private volatile Long lastSourceTimestamp;

	private volatile long lastCheckpointAt;

	private volatile long lastReadAt;

	private volatile long lagEvents = -1;

	private volatile boolean lagExact = true;

	private volatile long lagMeasuredAt;

	void polled(long at) {
		polls.incrementAndGet();
		lastReadAt = at;
	}

	void queueMaxEid(String eid) {
		maxEid = eid;
	}

	void read(int events) {
		eventsRead.addAndGet(events);
	}

	void handled(int events, Long sourceTimestamp) {
		eventsHandled.addAndGet(events);
		lastSourceTimestamp = sourceTimestamp;
	}

	void failed() {
		eventsFailed.incrementAndGet();
	}

	void checkpointed(long at) {
		checkpoints.incrementAndGet();
		lastCheckpointAt = at;
	}

	void checkpointFailed() {
		checkpointFailures.incrementAndGet();
	}

	void leaseAcquired() {
		leaseAcquisitions.incrementAndGet();
	}

	void leaseLost() {
		leaseLosses.incrementAndGet();
	}

	void lag(long events, boolean exact, long at) {
		lagEvents = events;
		lagExact = exact;
		lagMeasuredAt = at;
	}

	/**
	 * A measurement was due but could not be made: the next one waits a full interval
	 * again.
	 */
	void lagAttempted(long at) {
		lagMeasuredAt = at;
	}

	long lagMeasuredAt() {
		return lagMeasuredAt;
	}

	@Override
	public long eventsRead() {
		return eventsRead.get();
	}

	@Override
	public long eventsHandled() {
		return eventsHandled.get();
	}

	@Override
	public long eventsFailed() {
		return eventsFailed.get();
	}

	@Override
	public long checkpoints() {
		return checkpoints.get();
	}

	@Override
	public long checkpointFailures() {
		return checkpointFailures.get();
	}

	@Override
	public long polls() {
		return polls.get();
	}

	@Override
	public long leaseAcquisitions() {
		return leaseAcquisitions.get();
	}

	@Override
	public long leaseLosses() {
		return leaseLosses.get();
	}

	@Override
	public String maxEid() {
		return maxEid;
	}

	@Override
	public Long lastSourceTimestamp() {
		return lastSourceTimestamp;
	}

	@Override
	public long lastCheckpointAt() {
		return lastCheckpointAt;
	}

	@Override
	public long lagEvents() {
		return lagEvents;
	}

	@Override
	public boolean lagExact() {
		return lagExact;
	}

	@Override
	public long lastReadAt() {
		return lastReadAt;
	}

}
