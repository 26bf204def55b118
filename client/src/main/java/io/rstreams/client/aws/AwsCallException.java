package io.rstreams.client.aws;

import io.rstreams.client.RStreamsException;

/**
 * An AWS call failed. The message names the call and the resource (table, stream, bucket); {@link #isRetryable()}
 * says whether trying again later can help (throttling, 5xx, timeouts, connection problems) or not (access denied,
 * missing resource, validation), so that callers retry the first kind with back-off and surface the second.
 */
public class AwsCallException extends RStreamsException {

	private final boolean retryable;
	private final String errorCode;

	public AwsCallException(String message, Throwable cause, boolean retryable, String errorCode) {
		super(message, cause);
		this.retryable = retryable;
		this.errorCode = errorCode;
	}

	public boolean isRetryable() {
		return retryable;
	}

	/** The AWS error code ({@code ThrottlingException}, {@code AccessDeniedException}...), or {@code null}. */
	public String errorCode() {
		return errorCode;
	}
}
