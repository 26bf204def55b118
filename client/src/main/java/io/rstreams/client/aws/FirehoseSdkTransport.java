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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.firehose.FirehoseAsyncClient;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchRequest;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchResponseEntry;
import software.amazon.awssdk.services.firehose.model.Record;

/** {@link FirehoseTransport} over the AWS SDK's {@link FirehoseAsyncClient}. */
public final class FirehoseSdkTransport implements FirehoseTransport {

	private final FirehoseAsyncClient firehose;

	private final Duration timeout;

	public FirehoseSdkTransport(FirehoseAsyncClient firehose, Duration timeout) {
		this.firehose = Objects.requireNonNull(firehose, "firehose");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
	}

	@Override
	public CompletableFuture<List<PutResult>> putRecordBatch(String deliveryStreamName, List<byte[]> records) {
		List<Record> entries = new ArrayList<>(records.size());
		for (byte[] r : records) {
			entries.add(Record.builder().data(SdkBytes.fromByteArrayUnsafe(r)).build());
		}
		PutRecordBatchRequest request = PutRecordBatchRequest.builder()
			.deliveryStreamName(deliveryStreamName)
			.records(entries)
			.overrideConfiguration(AwsCalls.timeout(timeout))
			.build();
		return firehose.putRecordBatch(request).handle((response, failure) -> {
			if (failure != null) {
				throw AwsCalls.translate(failure, AwsOperation.firehose("PutRecordBatch", deliveryStreamName),
						() -> "Firehose PutRecordBatch to '" + deliveryStreamName + "'");
			}
			List<PutResult> results = new ArrayList<>();
			for (PutRecordBatchResponseEntry e : response.requestResponses()) {
				results.add(e.errorCode() == null ? PutResult.accepted(null, e.recordId())
						: PutResult.failed(e.errorCode(), e.errorMessage()));
			}
			return results;
		});
	}

}
