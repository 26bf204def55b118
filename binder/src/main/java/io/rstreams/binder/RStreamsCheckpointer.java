package io.rstreams.binder;

/**
 * Moves a bot's read checkpoint up to (and including) one message's event. In {@code manual} checkpoint mode this
 * is the application's way to say "done"; calls out of order are fine (the checkpoint never moves back), and the
 * outputs written so far are flushed to the bus before the checkpoint is written.
 */
public interface RStreamsCheckpointer {

	/** The eid this checkpointer checkpoints to. */
	String eid();

	/**
	 * Checkpoints up to {@link #eid()}, waiting for the write to LeoCron.
	 *
	 * @throws io.rstreams.client.checkpoint.StaleCheckpointException if another reader moved the checkpoint
	 */
	void checkpoint();
}
