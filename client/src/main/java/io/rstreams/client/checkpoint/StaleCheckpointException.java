package io.rstreams.client.checkpoint;

import io.rstreams.client.RStreamsException;

/**
 * The conditional checkpoint update failed: the stored checkpoint is not the one this reader last saw, so another
 * reader (another instance, a Node bot with the same id, an operator) moved it. The Node SDK reports this as
 * "Stale Checkpoint". The reader must stop: continuing would process events twice or skip them.
 */
public class StaleCheckpointException extends RStreamsException {

	private final String botId;
	private final String queue;
	private final String expected;
	private final String attempted;
	private final String found;

	public StaleCheckpointException(String botId, String queue, String expected, String attempted, Throwable cause) {
		this(botId, queue, expected, attempted, null, cause);
	}

	/** @param found the checkpoint stored when the condition failed (read back), or {@code null} */
	public StaleCheckpointException(String botId, String queue, String expected, String attempted, String found,
			Throwable cause) {
		this(botId, queue, expected, attempted, found, cause, "Stale Checkpoint: bot '" + botId + "' on queue '"
				+ queue + "' expected the stored checkpoint to be " + (expected == null ? "absent" : "'" + expected
				+ "'") + " before moving it to '" + attempted + "', but another reader has moved it"
				+ (found == null ? "" : " (it is now '" + found + "')"));
	}

	protected StaleCheckpointException(String botId, String queue, String expected, String attempted, String found,
			Throwable cause, String message) {
		super(message, cause);
		this.found = found;
		this.botId = botId;
		this.queue = queue;
		this.expected = expected;
		this.attempted = attempted;
	}

	public String botId() {
		return botId;
	}

	public String queue() {
		return queue;
	}

	public String expected() {
		return expected;
	}

	public String attempted() {
		return attempted;
	}

	/** The checkpoint found stored when the condition failed, or {@code null} when unknown or absent. */
	public String found() {
		return found;
	}
}
