package io.rstreams.binder.status;

/** The life of a consumer binding's reader, for health and operators. */
public enum BindingState {
	/** Not started yet, or stopped. */
	STOPPED,
	/** Started: registering the bot, resolving where to read from (before the first failure or the first read). */
	STARTING,
	/** Reading (or idle, waiting for events). */
	RUNNING,
	/** Waiting to take the bot's lease: another instance reads this queue for the bot. */
	STANDBY,
	/**
	 * Unable to advance: the last attempt failed (an AWS fault, outputs not accepted, an event that nothing handled;
	 * or, before the first read, registering the bot or resolving its start position) and the binding retries from
	 * its position after a back-off, without skipping anything.
	 */
	BLOCKED,
	/** Paused by an operator. */
	PAUSED,
	/** Stopped because another reader moved the bot's checkpoint ("Stale Checkpoint"). */
	STALE,
	/** Stopped because it could not start for a reason that retrying cannot change (not an AWS failure). */
	FAILED
}
