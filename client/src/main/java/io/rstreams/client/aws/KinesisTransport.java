package io.rstreams.client.aws;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The last hop of the write path: one {@code PutRecords} to the bus stream. Production uses
 * {@link KinesisSdkTransport}; the local bus plugs in an in-process one that hands the same record bytes straight
 * to its processor.
 */
public interface KinesisTransport {

	/**
	 * Puts {@code records} to {@code streamName}.
	 *
	 * @return one result per record, in order. A call that failed as a whole completes exceptionally (an
	 *         {@link AwsCallException} saying whether it is retryable).
	 */
	CompletableFuture<List<PutResult>> putRecords(String streamName, List<KinesisRecord> records);
}
