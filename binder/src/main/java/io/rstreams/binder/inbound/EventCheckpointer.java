package io.rstreams.binder.inbound;

import io.rstreams.binder.RStreamsCheckpointer;

/**
 * The {@code rstreams_checkpointer} of one delivery: checkpoints the bot up to its event, through the progress
 * that was current when the event was read (a later read after a lease loss has its own).
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
