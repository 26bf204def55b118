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

import java.util.List;
import java.util.Map;

/**
 * Where object bytes live: in memory, or as files a developer can open. {@link S3Store}
 * keeps the index.
 */
interface ObjectStorage {

	/**
	 * Buckets and objects that exist before the store starts (files from an earlier run),
	 * by bucket name.
	 */
	Map<String, List<StoredObject>> load();

	/** Fails with an S3 error if this storage cannot hold an object under {@code key}. */
	void checkKey(String bucket, String key);

	void createBucket(String bucket);

	void deleteBucket(String bucket);

	void write(StoredObject object, byte[] data);

	byte[] read(StoredObject object, long offset, int length);

	void delete(String bucket, String key);

}
