package io.rstreams.client.aws;

import io.rstreams.client.RStreamsException;

/** An S3 object that an RStreams block or pointer names does not exist (expired, deleted, or never uploaded). */
public class MissingObjectException extends RStreamsException {

	private final String bucket;
	private final String key;

	public MissingObjectException(String bucket, String key, Throwable cause) {
		super("S3 object s3://" + bucket + "/" + key + " does not exist", cause);
		this.bucket = bucket;
		this.key = key;
	}

	public String bucket() {
		return bucket;
	}

	public String key() {
		return key;
	}
}
