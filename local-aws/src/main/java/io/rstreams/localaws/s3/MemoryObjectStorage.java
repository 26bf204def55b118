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
package io.rstreams.localaws.s3;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Object bytes held in memory: the default, for tests and throwaway buses. */
final class MemoryObjectStorage implements ObjectStorage {

	private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

	private static String id(String bucket, String key) {
		return bucket + '/' + key;
	}

	@Override
	public Map<String, List<StoredObject>> load() {
		return Map.of();
	}

	@Override
	public void checkKey(String bucket, String key) {
	}

	@Override
	public void createBucket(String bucket) {
	}

	@Override
	public void deleteBucket(String bucket) {
	}

	@Override
	public void write(StoredObject object, byte[] data) {
		bodies.put(id(object.bucket(), object.key()), data);
	}

	@Override
	public byte[] read(StoredObject object, long offset, int length) {
		byte[] data = bodies.get(id(object.bucket(), object.key()));
		if (data == null) {
			throw S3Exception.noSuchKey(object.key());
		}
		if (offset == 0 && length == data.length) {
			return data;
		}
		return Arrays.copyOfRange(data, (int) offset, (int) offset + length);
	}

	@Override
	public void delete(String bucket, String key) {
		bodies.remove(id(bucket, key));
	}

}
