package io.rstreams.client;

/**
 * Base type of every error this client raises on purpose. Subclasses say what went wrong in RStreams terms
 * (queue, bot, eid range, resource name), so that a caller can tell a configuration problem from bad data or an
 * outage without reading AWS exception types.
 */
public class RStreamsException extends RuntimeException {

	public RStreamsException(String message) {
		super(message);
	}

	public RStreamsException(String message, Throwable cause) {
		super(message, cause);
	}
}
