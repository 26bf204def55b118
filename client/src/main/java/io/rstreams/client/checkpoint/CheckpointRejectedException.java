package io.rstreams.client.checkpoint;

import io.rstreams.client.RStreamsException;

/**
 * LeoCron refused a checkpoint because another reader has this bot's queue. The two reasons call for opposite
 * reactions, so they are siblings, never caught one for the other: a {@link LeaseLostException} means "stand by and
 * take over again when the lease is free", a {@link StaleCheckpointException} means "stop until someone looks".
 */
public abstract sealed class CheckpointRejectedException extends RStreamsException
		permits StaleCheckpointException, LeaseLostException {

	private final String botId;
	private final String queue;
	private final String attempted;

	CheckpointRejectedException(String botId, String queue, String attempted, String message, Throwable cause) {
		super(message, cause);
		this.botId = botId;
		this.queue = queue;
		this.attempted = attempted;
	}

	public String botId() {
		return botId;
	}

	public String queue() {
		return queue;
	}

	/** The checkpoint that was not written. */
	public String attempted() {
		return attempted;
	}
}
