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

import java.time.Duration;

import io.rstreams.binder.properties.CheckpointMode;

/**
 * When a binding's read checkpoint moves, one policy per checkpoint mode. The policy only
 * decides; the reader runs the checkpoint, which never covers an event whose outputs the
 * bus has not accepted.
 */
sealed interface CheckpointPolicy {

	/** After one event (or one batch) was handled. */
	boolean afterEvent(Uncheckpointed progress);

	/** After a poll was handled, or found nothing to read. */
	boolean afterPoll(Uncheckpointed progress);

	/**
	 * Whether the binder checkpoints by itself: then it keeps what was handled before a
	 * failure, and checkpoints when it stops. In manual mode only the application does,
	 * and a failure re-reads from its last checkpoint.
	 */
	boolean automatic();

	static CheckpointPolicy of(CheckpointMode mode, Duration interval, Integer count) {
		return switch (mode) {
			case BATCH -> new Batch();
			case RECORD -> new Record();
			case PERIODIC -> new Periodic(interval, count);
			case MANUAL -> new Manual();
		};
	}

	/** At the end of every poll. */
	record Batch() implements CheckpointPolicy {

		@Override
		public boolean afterEvent(Uncheckpointed progress) {
			return false;
		}

		@Override
		public boolean afterPoll(Uncheckpointed progress) {
			return true;
		}

		@Override
		public boolean automatic() {
			return true;
		}
	}

	/** After every event. */
	record Record() implements CheckpointPolicy {

		@Override
		public boolean afterEvent(Uncheckpointed progress) {
			return true;
		}

		@Override
		public boolean afterPoll(Uncheckpointed progress) {
			return false;
		}

		@Override
		public boolean automatic() {
			return true;
		}
	}

	/**
	 * When the interval passed or the count was reached since the last checkpoint, and
	 * there is something new.
	 */
	record Periodic(Duration interval, Integer count) implements CheckpointPolicy {

		@Override
		public boolean afterEvent(Uncheckpointed progress) {
			return due(progress);
		}

		@Override
		public boolean afterPoll(Uncheckpointed progress) {
			return due(progress);
		}

		@Override
		public boolean automatic() {
			return true;
		}

		private boolean due(Uncheckpointed progress) {
			boolean due = (interval != null && progress.millisSinceCheckpoint() >= interval.toMillis())
					|| (count != null && progress.uncheckpointedRecords() >= count);
			return due && progress.uncheckpointedRecords() > 0;
		}
	}

	/** Only when the application acknowledges or calls its checkpointer. */
	record Manual() implements CheckpointPolicy {

		@Override
		public boolean afterEvent(Uncheckpointed progress) {
			return false;
		}

		@Override
		public boolean afterPoll(Uncheckpointed progress) {
			return false;
		}

		@Override
		public boolean automatic() {
			return false;
		}
	}

}
