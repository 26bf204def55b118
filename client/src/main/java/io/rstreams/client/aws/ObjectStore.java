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

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

/**
 * The S3 operations RStreams needs: upload an events file, and stream part of one back
 * (protocol.md 5.2, 6). {@link S3ObjectStore} is the real one; tests and the local bus
 * may supply others.
 *
 * <p>
 * A stream that fails because of the transport (not because of the bytes it carries)
 * should throw a {@link TransientReadException}, e.g. by wrapping the body in an
 * {@link ObjectBodyStream}: the reader then retries instead of treating the file's events
 * as corrupt.
 */
public interface ObjectStore {

	/**
	 * Uploads {@code bytes} as {@code s3://bucket/key}; completes when S3 has accepted
	 * it.
	 */
	CompletableFuture<Void> put(String bucket, String key, byte[] bytes);

	/**
	 * Opens {@code s3://bucket/key} from byte {@code fromByte} to the end. The stream is
	 * read lazily: memory does not grow with the object's size. Callers must close it.
	 * @throws MissingObjectException if there is no such object
	 */
	InputStream openFrom(String bucket, String key, long fromByte);

	/**
	 * Opens {@code length} bytes of {@code s3://bucket/key} from byte {@code fromByte}
	 * (fewer if the object ends first). Callers must close it. This default reads them
	 * through {@link #openFrom}; a store that can fetch a byte range should.
	 * @throws MissingObjectException if there is no such object
	 */
	default InputStream openRange(String bucket, String key, long fromByte, long length) {
		return new LimitedInputStream(openFrom(bucket, key, fromByte), length);
	}

}
