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
import java.util.List;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.client.Event;
import io.rstreams.client.checkpoint.LeaseLostException;
import io.rstreams.client.checkpoint.StaleCheckpointException;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a binding is: the position of its next read, and the progress since its last
 * checkpoint (a {@link CheckpointTracker}), checkpointed when its
 * {@link CheckpointPolicy} says so. Not started until the reader resolved where to start;
 * forgotten when the lease is lost (the next owner reads on from the checkpoint).
 */
final class ReadProgress implements Committer {

	private static final Logger log = LoggerFactory.getLogger(ReadProgress.class);

	private final CheckpointPolicy policy;

	private final BindingCounters counters;

	private final Clock clock;

	private final String bindingName;

	private volatile CheckpointTracker tracker;

	private volatile ReadPosition position;

	private volatile ReadPosition initialPosition;

	ReadProgress(CheckpointPolicy policy, BindingCounters counters, Clock clock, String bindingName) {
		this.policy = policy;
		this.counters = counters;
		this.clock = clock;
		this.bindingName = bindingName;
	}

	void start(ReadStart start, CheckpointTracker started) {
		initialPosition = start.after();
		position = start.after();
		tracker = started;
	}

	/** An operator moved the checkpoint: progress starts again after {@code eid}. */
	void moved(String eid, CheckpointTracker after) {
		tracker = after;
		position = ReadPosition.after(eid);
	}

	boolean started() {
		return tracker != null;
	}

	/** The tracker of the current read, or {@code null} before it started. */
	CheckpointTracker tracker() {
		return tracker;
	}

	ReadPosition position() {
		return position;
	}

	String checkpointed() {
		CheckpointTracker t = tracker;
		return t == null ? null : t.checkpointed();
	}

	CheckpointPolicy policy() {
		return policy;
	}

	@Override
	public void completed(List<Event> events, ProcessingScope scope) {
		Event last = events.get(events.size() - 1);
		tracker.completed(events, scope.writes(), scope.writers());
		counters.handled(events.size(), last.eventSourceTimestamp());
		position = ReadPosition.after(last.eid());
		if (policy.afterEvent(tracker)) {
			checkpoint();
		}
	}

	@Override
	public void skipped(String eid, long count) {
		tracker.skipped(eid, count);
		position = ReadPosition.after(eid);
	}

	/** A poll was handled (or there was nothing to read). */
	void afterPoll() {
		CheckpointTracker t = tracker;
		if (t != null && policy.afterPoll(t)) {
			checkpoint();
		}
	}

	/** Checkpoints everything done so far, counting the outcome. */
	void checkpoint() {
		CheckpointTracker t = tracker;
		long before = t.checkpointCount();
		try {
			t.checkpoint();
		}
		catch (RuntimeException ex) {
			counters.checkpointFailed();
			throw ex;
		}
		if (t.checkpointCount() > before) {
			counters.checkpointed(clock.millis());
		}
	}

	/** Forgets progress past the last checkpoint: the events after it are read again. */
	void rewind() {
		CheckpointTracker t = tracker;
		if (t == null) {
			return;
		}
		String checkpointed = t.rewind();
		position = checkpointed != null ? ReadPosition.after(checkpointed) : initialPosition;
	}

	/**
	 * The lease is gone: nothing since the last checkpoint is checkpointed; the next
	 * owner reads it.
	 */
	void abandon() {
		CheckpointTracker t = tracker;
		if (t != null) {
			t.rewind();
		}
		tracker = null;
	}

	/**
	 * After a failure: keep what was handled (checkpointing it) and go on after it; else
	 * read again from the checkpoint. A lost lease or a stale checkpoint is for the
	 * reader to handle.
	 */
	void recover() {
		if (tracker == null) {
			return;
		}
		try {
			if (policy.automatic()) {
				checkpoint();
			}
			String done = tracker.done();
			position = done != null ? ReadPosition.after(done) : position;
			if (!policy.automatic()) {
				rewind();
			}
		}
		catch (OutputsNotAcceptedException ex) {
			if (ex.failed()) {
				log.warn("Binding '{}': {}; reading again from there", bindingName, ex.getMessage());
				rewind();
			}
			// otherwise the outputs are still in flight: the next checkpoint waits for
			// them again
		}
		catch (LeaseLostException | StaleCheckpointException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("Binding '{}': could not checkpoint the events handled before the failure ({}); they will be read "
					+ "again", bindingName, ex.getMessage());
			rewind();
		}
	}

}
