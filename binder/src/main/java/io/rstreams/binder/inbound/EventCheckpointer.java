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

import io.rstreams.binder.RStreamsCheckpointer;

/**
 * The {@code rstreams_checkpointer} of one delivery: checkpoints the bot up to its event,
 * through the progress that was current when the event was read (a later read after a
 * lease loss has its own).
 */
final class EventCheckpointer implements RStreamsCheckpointer {

	private final String eid;

	private final CheckpointTracker tracker;

	EventCheckpointer(String eid, CheckpointTracker tracker) {
		this.eid = eid;
		this.tracker = tracker;
	}

	@Override
	public String eid() {
		return eid;
	}

	@Override
	public void checkpoint() {
		tracker.checkpointTo(eid);
	}

}
