package io.rstreams.client.write;

/** Where a {@link QueueWriter} sends events (protocol.md 5.1 - 5.3). */
public enum WriteMode {
	/** Gzip NDJSON records to the bus's Kinesis stream (the Node SDK's default); oversize events go through S3. */
	KINESIS,
	/** Events into multi-member gzip files in S3, and one pointer record per file to Kinesis (SDK {@code useS3}). */
	S3,
	/** Uncompressed NDJSON to the bus's Firehose stream (SDK {@code firehose}); at least 60 s more latency. */
	FIREHOSE
}
