package io.rstreams.client.aws;

/**
 * What Kinesis (or Firehose) said about one record of a batch: accepted, or an error code to retry on.
 */
public record PutResult(boolean accepted, String errorCode, String errorMessage, String shardId,
		String sequenceNumber) {

	public static PutResult accepted(String shardId, String sequenceNumber) {
		return new PutResult(true, null, null, shardId, sequenceNumber);
	}

	public static PutResult failed(String errorCode, String errorMessage) {
		return new PutResult(false, errorCode, errorMessage, null, null);
	}
}
