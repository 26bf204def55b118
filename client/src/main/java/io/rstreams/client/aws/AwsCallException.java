/*
 * Copyright 2026 the RStreams binder authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.rstreams.client.aws;

import io.rstreams.client.RStreamsException;

/**
 * An AWS call failed. The message names the call and the resource (table, stream,
 * bucket); {@link #isRetryable()} says whether trying again later can help (throttling,
 * 5xx, timeouts, connection problems) or not (access denied, missing resource,
 * validation), so that callers retry the first kind with back-off and surface the second.
 */
public class AwsCallException extends RStreamsException {

	private final boolean retryable;

	private final String errorCode;

	private final boolean accessDenied;

	private final String iamAction;

	public AwsCallException(String message, Throwable cause, boolean retryable, String errorCode) {
		this(message, cause, retryable, errorCode, false, null);
	}

	/**
	 * @param accessDenied whether AWS refused the caller (a missing permission or
	 * credentials it does not accept)
	 * @param iamAction the IAM action the call needs, or {@code null} when the caller did
	 * not name the operation
	 */
	public AwsCallException(String message, Throwable cause, boolean retryable, String errorCode, boolean accessDenied,
			String iamAction) {
		super(message, cause);
		this.retryable = retryable;
		this.errorCode = errorCode;
		this.accessDenied = accessDenied;
		this.iamAction = iamAction;
	}

	public boolean isRetryable() {
		return retryable;
	}

	/**
	 * The AWS error code ({@code ThrottlingException}, {@code AccessDeniedException}...),
	 * or {@code null}.
	 */
	public String errorCode() {
		return errorCode;
	}

	/**
	 * Whether AWS refused the caller: retrying cannot help, a permission or the
	 * credentials must change.
	 */
	public boolean isAccessDenied() {
		return accessDenied;
	}

	/**
	 * Whether the failure is AWS's or the network's and passes by itself (throttling, a
	 * 5xx, a dropped connection, a timeout), so that it says nothing about names,
	 * permissions or configuration. Expired credentials are retryable (refreshed ones may
	 * follow) but not transient: until they are refreshed, every call fails.
	 */
	public boolean isTransient() {
		return retryable && !accessDenied && (errorCode == null || !errorCode.contains("Expired"));
	}

	/**
	 * The IAM action the failed call needs (e.g. {@code s3:ListBucket}), or {@code null}
	 * when not known.
	 */
	public String iamAction() {
		return iamAction;
	}

}
