package io.rstreams.client.read;

/** One stored line that is not a JSON object. */
public class UndecodableEventException extends BlockReadException {

	public UndecodableEventException(String queue, String eid, byte[] line, Throwable cause) {
		super("stored line is not a JSON event (" + cause.getMessage() + ")", queue, eid, eid, 1, line,
				cause);
	}
}
