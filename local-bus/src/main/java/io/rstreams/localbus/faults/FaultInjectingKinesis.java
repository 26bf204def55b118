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
package io.rstreams.localbus.faults;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.PutResult;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.kinesis.model.KinesisException;

/**
 * Faults for the embedded bus's in-process Kinesis, which has no HTTP hop: each fault
 * becomes the exception the AWS SDK raises for it over HTTP, translated by the client's
 * own {@link AwsCalls#translate}, so the writer sees what it would see from a real
 * stream. Faults that apply the request hand the records to the bus first.
 */
final class FaultInjectingKinesis implements KinesisTransport {

	private static final String OPERATION = "Kinesis.PutRecords";

	private final KinesisTransport delegate;

	private final FaultInjector injector;

	FaultInjectingKinesis(KinesisTransport delegate, FaultInjector injector) {
		this.delegate = delegate;
		this.injector = injector;
	}

	@Override
	public CompletableFuture<List<PutResult>> putRecords(String streamName, List<KinesisRecord> records) {
		Optional<FaultRule> rule = injector.decide(OPERATION);
		if (rule.isEmpty()) {
			return delegate.putRecords(streamName, records);
		}
		Fault fault = rule.get().fault();
		Throwable error = switch (fault) {
			case THROTTLE -> service(400, "ProvisionedThroughputExceededException", "Rate exceeded for shard");
			case SERVER_ERROR -> service(500, "InternalFailure", "Injected fault: SERVER_ERROR");
			case ACCESS_DENIED -> service(400, "AccessDeniedException",
					"User: arn:aws:iam::000000000000:user/faults is not authorized to perform: kinesis:PutRecords");
			case RESET_BEFORE -> client("Connection reset by peer (injected fault, before the request was sent)");
			case RESET_AFTER -> client("Connection reset by peer (injected fault, after the request was applied)");
			case TRUNCATE -> client("Unable to unmarshall response (injected fault: truncated body)");
			case TIMEOUT -> ApiCallTimeoutException.builder()
				.message("Client execution did not complete before the specified timeout (injected fault)")
				.build();
		};
		RuntimeException translated = AwsCalls.translate(error, AwsOperation.kinesis("PutRecords", streamName),
				() -> "Kinesis PutRecords to stream '" + streamName + "' (" + records.size() + " records)");
		if (!fault.applied()) {
			return CompletableFuture.failedFuture(translated);
		}
		CompletableFuture<List<PutResult>> result = new CompletableFuture<>();
		long delay = fault == Fault.TIMEOUT ? rule.get().delay().toMillis() : 0;
		delegate.putRecords(streamName, records)
			.whenComplete((ok, failure) -> injector.timers()
				.schedule(() -> result.completeExceptionally(translated), delay, TimeUnit.MILLISECONDS));
		return result;
	}

	private static Throwable service(int status, String code, String message) {
		return KinesisException.builder()
			.statusCode(status)
			.message(message)
			.awsErrorDetails(
					AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("Kinesis").build())
			.build();
	}

	private static Throwable client(String message) {
		return SdkClientException.builder().message(message).cause(new IOException(message)).build();
	}

}
