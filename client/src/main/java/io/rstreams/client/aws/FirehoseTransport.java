package io.rstreams.client.aws;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One {@code PutRecordBatch} to the bus's Firehose delivery stream (protocol.md 5.3). */
public interface FirehoseTransport {

	CompletableFuture<List<PutResult>> putRecordBatch(String deliveryStreamName, List<byte[]> records);
}
