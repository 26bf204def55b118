package io.rstreams.client.aws;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

/**
 * The S3 operations RStreams needs: upload an events file, and stream part of one back (protocol.md 5.2, 6).
 * {@link S3ObjectStore} is the real one; tests and the local bus may supply others.
 */
public interface ObjectStore {

	/** Uploads {@code bytes} as {@code s3://bucket/key}; completes when S3 has accepted it. */
	CompletableFuture<Void> put(String bucket, String key, byte[] bytes);

	/**
	 * Opens {@code s3://bucket/key} from byte {@code fromByte} to the end. The stream is read lazily: memory does not
	 * grow with the object's size. Callers must close it.
	 *
	 * @throws MissingObjectException if there is no such object
	 */
	InputStream openFrom(String bucket, String key, long fromByte);
}
