package io.rstreams.autoconfigure;

import java.util.List;

import io.rstreams.client.RStreamsException;

/**
 * The bus could not be found or used: the message says what was looked for and where; {@link #action()} says
 * which property or permission fixes it (shown by Spring Boot's failure analysis at start-up).
 */
public class RStreamsConfigurationException extends RStreamsException {

	private final String action;
	private final List<String> tried;

	public RStreamsConfigurationException(String message, String action, List<String> tried, Throwable cause) {
		super(message, cause);
		this.action = action;
		this.tried = List.copyOf(tried);
	}

	public String action() {
		return action;
	}

	/** Every name that was tried, in order. */
	public List<String> tried() {
		return tried;
	}
}
