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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;

/**
 * What a polled consumer handed out, in eid order, until it is acknowledged.
 * Acknowledgments may come in any order and from any thread; the checkpoint's progress
 * only ever receives the run of settled entries at the front, so it never passes a
 * message that is still being handled, nor one whose handling will be tried again.
 *
 * <p>
 * Not thread-safe: the polled source calls it under its lock.
 */
final class PolledLedger {

	private final ReadProgress progress;

	private final Deque<Slot> slots = new ArrayDeque<>();

	PolledLedger(ReadProgress progress) {
		this.progress = progress;
	}

	/**
	 * One entry handed out (or passed over), with the position it was read from and, for
	 * a delivered event, the scope that collects the writes its handling causes.
	 */
	static final class Slot {

		private final ReadEntry entry;

		private final ReadPosition before;

		private final ProcessingScope scope;

		private ProcessingScope.Entered entered;

		private boolean inDelivery;

		private boolean settled;

		private boolean dropped;

		private AcknowledgmentStatus deferred;

		private Slot(ReadEntry entry, ReadPosition before, ProcessingScope scope) {
			this.entry = entry;
			this.before = before;
			this.scope = scope;
		}

		String eid() {
			return entry.lastEid();
		}

		ReadPosition before() {
			return before;
		}

		boolean dropped() {
			return dropped;
		}

	}

	/** How an acknowledgment ends a slot. */
	enum AcknowledgmentStatus {

		/**
		 * Handled (ACCEPT), or refused by the application (REJECT): checkpointed over.
		 */
		DONE,

		/**
		 * Refused while its handling failed: nothing accepted the failure, so it is read
		 * again.
		 */
		FAILED

	}

	/**
	 * An event handed to the application; its scope is current on this thread until the
	 * delivery ends.
	 */
	Slot delivered(ReadEntry.Ok entry, ReadPosition before, ProcessingScope scope) {
		Slot slot = new Slot(entry, before, scope);
		slot.inDelivery = true;
		slot.entered = scope.enter();
		slots.add(slot);
		return slot;
	}

	/**
	 * An entry that needs no handling here (another instance's, or data the error path
	 * took).
	 */
	void passedOver(ReadEntry entry, ReadPosition before) {
		Slot slot = new Slot(entry, before, null);
		slot.settled = true;
		slots.add(slot);
		settle();
	}

	/**
	 * The application acknowledged with ACCEPT or REJECT. While the delivery is still
	 * under way the decision waits for its end: a REJECT then means the handler failed
	 * and nothing took the failure.
	 */
	void acknowledged(Slot slot, boolean rejected) {
		if (slot.dropped || slot.settled) {
			return;
		}
		if (slot.inDelivery) {
			slot.deferred = rejected ? AcknowledgmentStatus.FAILED : AcknowledgmentStatus.DONE;
			return;
		}
		slot.settled = true;
		settle();
	}

	/**
	 * The poll that handed {@code slot} out returned ({@code failed}: with an exception).
	 * Returns the position to read from again when its outcome was a failure nobody took,
	 * else {@code null}.
	 */
	ReadPosition deliveryEnded(Slot slot, boolean failed) {
		if (!slot.inDelivery) {
			return null;
		}
		slot.inDelivery = false;
		slot.entered.close();
		if (slot.dropped || slot.deferred == null) {
			return null;
		}
		if (failed && slot.deferred == AcknowledgmentStatus.FAILED) {
			return requeue(slot);
		}
		slot.settled = true;
		settle();
		return null;
	}

	/**
	 * REQUEUE: this slot and every one after it are forgotten (their later
	 * acknowledgments do nothing); returns where reading goes on, so that the next poll
	 * hands this event out again.
	 */
	ReadPosition requeue(Slot slot) {
		if (slot.dropped || slot.settled) {
			return null;
		}
		boolean found = false;
		for (Iterator<Slot> it = slots.iterator(); it.hasNext();) {
			Slot s = it.next();
			if (s == slot) {
				found = true;
			}
			if (found) {
				drop(s);
				it.remove();
			}
		}
		return slot.before;
	}

	/** Forgets everything handed out (lease lost, checkpoint moved, stopped). */
	void dropAll() {
		slots.forEach(PolledLedger::drop);
		slots.clear();
	}

	/** How many entries are handed out and not yet settled. */
	int outstanding() {
		return slots.size();
	}

	private static void drop(Slot s) {
		s.dropped = true;
		if (s.inDelivery && s.entered != null) {
			s.entered.close();
		}
	}

	/** Hands the settled run at the front to the progress, in eid order. */
	private void settle() {
		while (!slots.isEmpty() && slots.peekFirst().settled) {
			Slot s = slots.pollFirst();
			if (s.scope == null) {
				progress.skipped(s.eid(), s.entry instanceof ReadEntry.Failed failed ? failed.error().units() : 0);
			}
			else {
				progress.completed(List.of(((ReadEntry.Ok) s.entry).envelope()), s.scope);
			}
		}
	}

}
