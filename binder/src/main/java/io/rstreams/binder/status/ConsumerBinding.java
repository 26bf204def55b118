package io.rstreams.binder.status;

import org.springframework.integration.core.Pausable;

/** A consumer binding as operators act on it: its status, pause and resume, and moving its checkpoint. */
public interface ConsumerBinding extends BindingStatus, Pausable {

	/**
	 * Moves the bot's checkpoint to {@code eid}: the reader finishes what it has in hand, writes the checkpoint
	 * unconditionally (as the Node SDK's force), and goes on reading after it.
	 */
	void moveCheckpoint(String eid);
}
