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
			entries.add(PutRecordsRequestEntry.builder().data(SdkBytes.fromByteArrayUnsafe(r.data()))
					.partitionKey(r.partitionKey()).explicitHashKey(r.explicitHashKey()).build());
		}
		PutRecordsRequest request = PutRecordsRequest.builder().streamName(streamName).records(entries)
				.overrideConfiguration(AwsCalls.timeout(timeout)).build();
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
