package io.rstreams.client.write;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.rstreams.client.aws.PutResult;

/**
 * Where the send loop puts a batch of records: one transport call per batch (protocol.md 5.1, 5.3), with the batch
 * limits of that transport.
 */
interface RecordSink {

	/** Records per call. */
	int maxRecordsPerCall();

	/** Bytes per call; a single larger record still goes alone. */
	long maxBytesPerCall();

	/**
	 * Sends {@code batch}, whose data are all complete.
	 *
	 * @return one result per record, in order; completes exceptionally when the call failed as a whole
	 */
	CompletableFuture<List<PutResult>> send(List<OutRecord> batch);
}
