package io.rstreams.client.read;

import io.rstreams.client.RStreamsException;

/**
 * Stored data that could not be turned into events. Names the queue and the eid range it covers, and keeps the
 * raw bytes where there are any, so the error path (retry, dead-letter queue) can keep them; the reader goes on
 * with the next block, so one bad block never hides the rest of the queue.
 */
public abstract class BlockReadException extends RStreamsException {

	private final String queue;
	private final String firstEid;
	private final String lastEid;
	private final byte[] raw;

	protected BlockReadException(String message, String queue, String firstEid, String lastEid, byte[] raw,
			Throwable cause) {
		super("Queue '" + queue + "', eids " + firstEid + (firstEid.equals(lastEid) ? "" : " .. " + lastEid) + ": "
				+ message, cause);
		this.queue = queue;
		this.firstEid = firstEid;
		this.lastEid = lastEid;
		this.raw = raw;
	}

	public String queue() {
		return queue;
	}

	/** First eid the failure covers. */
	public String firstEid() {
		return firstEid;
	}

	/** Last eid the failure covers; a reader that moves past the failure continues after it. */
	public String lastEid() {
		return lastEid;
	}

	/** The bytes that could not be decoded (a line, or a whole gzip block), or {@code null}. */
	public byte[] raw() {
		return raw;
	}
}
