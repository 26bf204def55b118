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
package io.rstreams.binder.status;

/**
 * Counters of one consumer binding, read by health, metrics and the actuator endpoint.
 */
public interface BindingStats {

	/** Events read from the queue and handed to the application (or the error path). */
	long eventsRead();

	/** Events whose handling finished. */
	long eventsHandled();

	/** Events (or undecodable stored data) that went to the error channel. */
	long eventsFailed();

	/** Checkpoints written to LeoCron (or kept in memory for an anonymous consumer). */
	long checkpoints();

	/**
	 * Checkpoint attempts that failed (outputs not accepted, AWS error, stale, lease
	 * lost).
	 */
	long checkpointFailures();

	/** LeoEvent reads (polls). */
	long polls();

	long leaseAcquisitions();

	long leaseLosses();

	/** The queue's {@code max_eid} at the last poll, or {@code null}. */
	String maxEid();

	/** {@code event_source_timestamp} of the last event handled, or {@code null}. */
	Long lastSourceTimestamp();

	/** When the last checkpoint was written (epoch ms), 0 if none yet. */
	long lastCheckpointAt();

	/**
	 * Events stored after the binding's position up to the queue's max eid, as last
	 * measured; -1 before the first measurement. A lower bound when {@link #lagExact()}
	 * is false.
	 */
	long lagEvents();

	boolean lagExact();

	/** When the queue was last polled (epoch ms), 0 if never. */
	long lastReadAt();

	/**
	 * Now minus the {@code event_source_timestamp} of the last event handled (ms), or -1.
	 */
	default long lagMillis(long now) {
		Long est = lastSourceTimestamp();
		return est == null ? -1 : Math.max(0, now - est);
	}

}
