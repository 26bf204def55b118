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

import java.io.IOException;

/**
 * Reading an S3 object's body failed in transport: the connection dropped, the SDK gave
 * up on it, or it ended before its {@code Content-Length}. The bytes received before
 * {@link #offset()} were good, so reading again can succeed; this is never a sign of bad
 * stored data.
 *
 * <p>
 * An {@link IOException}, so that the decompressing and line-splitting streams above the
 * body pass it through unchanged and the reader can tell it from a decoding failure.
 */
public class TransientReadException extends IOException {

	private final String bucket;

	private final String key;

	private final long offset;

	public TransientReadException(String bucket, String key, long offset, String problem, Throwable cause) {
		super("Reading s3://" + bucket + "/" + key + " failed at byte " + offset + ": " + problem, cause);
		this.bucket = bucket;
		this.key = key;
		this.offset = offset;
	}

	public String bucket() {
		return bucket;
	}

	public String key() {
		return key;
	}

	/** The byte of the object where the body stopped. */
	public long offset() {
		return offset;
	}

}
