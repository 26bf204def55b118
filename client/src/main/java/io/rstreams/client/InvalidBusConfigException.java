package io.rstreams.client;

import java.util.List;

/**
 * A bus configuration that cannot be used: JSON that does not parse, or required resource names that are missing.
 * The message names every missing key with the spelling the Node SDK and the bus's Secrets Manager secret use
 * (protocol.md section 10).
 */
public class InvalidBusConfigException extends RStreamsException {

	private final List<String> missingKeys;

	public InvalidBusConfigException(String message, List<String> missingKeys) {
		super(message);
		this.missingKeys = List.copyOf(missingKeys);
	}

	public InvalidBusConfigException(String message, Throwable cause) {
		super(message, cause);
		this.missingKeys = List.of();
	}

	/** The keys that were required and absent (empty when the problem was not a missing key). */
	public List<String> missingKeys() {
		return missingKeys;
	}
}
