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

import io.rstreams.client.RStreamsException;

/**
 * An S3 object that an RStreams block or pointer names does not exist (expired, deleted,
 * or never uploaded).
 */
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
