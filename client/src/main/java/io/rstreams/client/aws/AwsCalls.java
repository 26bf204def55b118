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

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Every AWS call of the client goes through here: a bounded wait, one exception type that
 * names the call, and a decision whether the failure is worth retrying.
 *
 * <p>
 * The clients are given by the caller and may have any timeouts; each request is also
 * sent with an {@code apiCallTimeout} override, and the wait itself is bounded, so no
 * call can hang a reader or writer thread.
 *
 * <p>
 * A caller that names the {@link AwsOperation} gets, on access denied, the IAM permission
 * the call needs in the message and in {@link AwsCallException#iamAction()}: the SDK's
 * exceptions do not say which operation failed.
 */
public final class AwsCalls {

	private static final Set<String> RETRYABLE_CODES = Set.of("ThrottlingException", "Throttling",
			"ProvisionedThroughputExceededException", "RequestLimitExceeded", "LimitExceededException",
			"TooManyRequestsException", "SlowDown", "InternalServerError", "InternalFailure", "InternalError",
			"ServiceUnavailable", "ServiceUnavailableException", "RequestTimeout", "RequestTimeoutException",
			"TransactionConflictException", "KMSThrottlingException", "ExpiredTokenException", "ExpiredToken",
			"RequestExpired");

	private static final Set<String> DENIED_CODES = Set.of("AccessDenied", "AccessDeniedException",
			"UnauthorizedOperation", "Forbidden");

	/**
	 * AWS did not accept the credentials at all: no permission can help until they are
	 * fixed.
	 */
	private static final Set<String> CREDENTIALS_CODES = Set.of("UnrecognizedClientException", "InvalidClientTokenId",
			"InvalidSignatureException", "SignatureDoesNotMatch", "InvalidAccessKeyId", "MissingAuthenticationToken",
			"IncompleteSignature");

	private AwsCalls() {
	}

	/** A request override that bounds the whole call, retries included. */
	public static AwsRequestOverrideConfiguration timeout(Duration timeout) {
		return AwsRequestOverrideConfiguration.builder().apiCallTimeout(timeout).build();
	}

	/**
	 * Waits for {@code call} at most {@code timeout} plus a small grace period.
	 * @param what names the call for messages, e.g.
	 * {@code "Query LeoStream table 'x' for queue 'orders'"}
	 */
	public static <T> T await(CompletableFuture<T> call, Duration timeout, Supplier<String> what) {
		return await(call, timeout, null, what);
	}

	/**
	 * Same as {@link #await(CompletableFuture, Duration, Supplier)}, naming the operation
	 * so that a denial says which permission is missing.
	 * @param operation the API operation and its resource, or {@code null}
	 */
	public static <T> T await(CompletableFuture<T> call, Duration timeout, AwsOperation operation,
			Supplier<String> what) {
		try {
			return call.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			call.cancel(true);
			throw new AwsCallException(what.get() + " timed out after " + timeout.toMillis() + " ms", ex, true,
					"Timeout");
		}
		catch (InterruptedException ex) {
			call.cancel(true);
			Thread.currentThread().interrupt();
			throw new AwsCallException(what.get() + " was interrupted", ex, false, "Interrupted");
		}
		catch (ExecutionException ex) {
			throw translate(ex.getCause(), operation, what);
		}
		catch (CancellationException ex) {
			throw new AwsCallException(what.get() + " was cancelled", ex, true, "Cancelled");
		}
	}

	/**
	 * Turns any failure of an AWS call into an {@link AwsCallException} (returned
	 * unchanged if it already is one).
	 */
	public static RuntimeException translate(Throwable failure, Supplier<String> what) {
		return translate(failure, null, what);
	}

	/**
	 * Same as {@link #translate(Throwable, Supplier)}, naming the operation so that a
	 * denial says which permission is missing.
	 * @param operation the API operation and its resource, or {@code null}
	 */
	public static RuntimeException translate(Throwable failure, AwsOperation operation, Supplier<String> what) {
		Throwable cause = unwrap(failure);
		if (cause instanceof AwsCallException ace) {
			return ace;
		}
		if (cause instanceof AwsServiceException ase) {
			return service(ase, operation, what);
		}
		if (cause instanceof ApiCallTimeoutException || cause instanceof ApiCallAttemptTimeoutException
				|| (cause instanceof SdkClientException && causedBy(cause, SocketTimeoutException.class))) {
			return new AwsCallException(what.get() + " timed out: " + cause.getMessage(), cause, true, "Timeout");
		}
		if (cause instanceof SdkClientException sce) {
			return new AwsCallException(what.get() + " failed: " + sce.getMessage(), sce, true, "ClientError");
		}
		if (cause instanceof SdkException se) {
			return new AwsCallException(what.get() + " failed: " + se.getMessage(), se, se.retryable(), null);
		}
		if (cause instanceof RuntimeException re) {
			return re;
		}
		return new AwsCallException(what.get() + " failed: " + cause, cause, false, null);
	}

	private static AwsCallException service(AwsServiceException ase, AwsOperation operation, Supplier<String> what) {
		String code = ase.awsErrorDetails() == null ? null : ase.awsErrorDetails().errorCode();
		String message = ase.awsErrorDetails() == null ? ase.getMessage() : ase.awsErrorDetails().errorMessage();
		String detail = (code == null ? "" : code + ": ") + (message == null ? "" : message + " ") + "(HTTP "
				+ ase.statusCode() + ")";
		boolean credentials = code != null && CREDENTIALS_CODES.contains(code);
		// S3 answers a HEAD it refuses with a bare 403: no body, so no error code
		boolean denied = credentials || (code != null && DENIED_CODES.contains(code))
				|| (ase.statusCode() == 403 && (code == null || code.isBlank()));
		if (denied) {
			String needs = operation == null ? "the IAM permission for this call"
					: "the IAM permission " + operation.permission();
			String fix = credentials
					? "AWS did not accept the credentials; check them (the identity also needs " + needs + ")"
					: "the AWS identity needs " + needs;
			return new AwsCallException(what.get() + " failed: access denied: " + fix + ". " + detail, ase, false, code,
					true, operation == null ? null : operation.iamAction());
		}
		boolean retryable = ase.isThrottlingException() || ase.statusCode() >= 500
				|| (code != null && RETRYABLE_CODES.contains(code)) || ase.retryable();
		return new AwsCallException(what.get() + " failed: " + detail, ase, retryable, code);
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How many times the SDK sent the call before it gave up, or {@code null} when no
	 * cause says.
	 */
	public static Integer attempts(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SdkException se && se.numAttempts() != null) {
				return se.numAttempts();
			}
		}
		return null;
	}

	/**
	 * The first cause that is not a
	 * {@link CompletionException}/{@link ExecutionException} wrapper.
	 */
	public static Throwable unwrap(Throwable failure) {
		Throwable t = failure;
		while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

	/**
	 * Whether {@code failure} (possibly wrapped) is an AWS service error with the given
	 * code.
	 */
	public static boolean hasErrorCode(Throwable failure, String code) {
		Throwable t = unwrap(failure);
		if (t instanceof AwsCallException ace) {
			return code.equals(ace.errorCode());
		}
		if (t instanceof AwsServiceException ase) {
			return ase.awsErrorDetails() != null && code.equals(ase.awsErrorDetails().errorCode());
		}
		return false;
	}

}
