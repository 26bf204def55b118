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
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/** {@link KinesisTransport} over the AWS SDK's {@link KinesisAsyncClient}. */
public final class KinesisSdkTransport implements KinesisTransport {

	private final KinesisAsyncClient kinesis;

	private final Duration timeout;

	public KinesisSdkTransport(KinesisAsyncClient kinesis, Duration timeout) {
		this.kinesis = Objects.requireNonNull(kinesis, "kinesis");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
	}

	@Override
	public CompletableFuture<List<PutResult>> putRecords(String streamName, List<KinesisRecord> records) {
		List<PutRecordsRequestEntry> entries = new ArrayList<>(records.size());
		for (KinesisRecord r : records) {
			entries.add(PutRecordsRequestEntry.builder()
				.data(SdkBytes.fromByteArrayUnsafe(r.data()))
				.partitionKey(r.partitionKey())
				.explicitHashKey(r.explicitHashKey())
				.build());
		}
		PutRecordsRequest request = PutRecordsRequest.builder()
			.streamName(streamName)
			.records(entries)
			.overrideConfiguration(AwsCalls.timeout(timeout))
			.build();
		return kinesis.putRecords(request).handle((response, failure) -> {
			if (failure != null) {
				throw AwsCalls.translate(failure, AwsOperation.kinesis("PutRecords", streamName),
						() -> "Kinesis PutRecords to stream '" + streamName + "' (" + records.size() + " records)");
			}
			List<PutResult> results = new ArrayList<>(response.records().size());
			for (PutRecordsResultEntry e : response.records()) {
				results.add(e.errorCode() == null ? PutResult.accepted(e.shardId(), e.sequenceNumber())
						: PutResult.failed(e.errorCode(), e.errorMessage()));
			}
			return results;
		});
	}

}
