package io.rstreams.client.write;

import io.rstreams.client.RStreamsException;

/**
 * Events could not be handed to the bus: the transport refused them more often than the writer may retry, or
 * refused them for good (missing stream, access denied). The events were not written; nothing that depends on
 * them (a reader's checkpoint) may advance.
 */
public class WriteFailedException extends RStreamsException {

	public WriteFailedException(String message, Throwable cause) {
		super(message, cause);
	}
}
