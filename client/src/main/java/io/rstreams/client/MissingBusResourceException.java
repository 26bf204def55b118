package io.rstreams.client;

/**
 * A resource the bus configuration names (table, stream, bucket) does not exist, cannot be seen, or could not be
 * checked (the cause says why: a missing name, access denied, a timeout, a transient AWS failure).
 */
public class MissingBusResourceException extends RStreamsException {

	private final String key;
	private final String resourceName;

	public MissingBusResourceException(String key, String resourceName, String message, Throwable cause) {
		super(message, cause);
		this.key = key;
		this.resourceName = resourceName;
	}

	/** The bus config key ({@code LeoStream}, {@code LeoKinesisStream}...). */
	public String key() {
		return key;
	}

	/** The physical name that was looked for. */
	public String resourceName() {
		return resourceName;
	}
}
