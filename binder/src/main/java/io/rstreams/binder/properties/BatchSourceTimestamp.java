package io.rstreams.binder.properties;

/** Which {@code event_source_timestamp} an output made from a batch of inputs carries. */
public enum BatchSourceTimestamp {

	/**
	 * The last input's, as the Node SDK's batch path does: a bot moved between Node and Java keeps its downstream
	 * lag figures.
	 */
	LAST,

	/**
	 * The oldest input's: lag and latency measured from the output then stand for the slowest source event it
	 * covers, and never understate it.
	 */
	OLDEST
}
