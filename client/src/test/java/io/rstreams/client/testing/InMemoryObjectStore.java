package io.rstreams.client.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.rstreams.client.aws.MissingObjectException;
import io.rstreams.client.aws.ObjectStore;

/** An {@link ObjectStore} in a map, for tests of logic that does not need an S3 API. */
public final class InMemoryObjectStore implements ObjectStore {

	private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

	@Override
	public CompletableFuture<Void> put(String bucket, String key, byte[] bytes) {
		objects.put(bucket + "/" + key, bytes.clone());
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public InputStream openFrom(String bucket, String key, long fromByte) {
		byte[] bytes = objects.get(bucket + "/" + key);
		if (bytes == null) {
			throw new MissingObjectException(bucket, key, null);
		}
		return new ByteArrayInputStream(bytes, (int) fromByte, bytes.length - (int) fromByte);
	}

	public byte[] get(String bucket, String key) {
		return objects.get(bucket + "/" + key);
	}

	public Map<String, byte[]> all() {
		return Map.copyOf(objects);
	}

	public void remove(String bucket, String key) {
		objects.remove(bucket + "/" + key);
	}
}
