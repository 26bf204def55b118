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
