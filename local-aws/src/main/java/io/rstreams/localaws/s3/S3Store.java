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

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;

/**
 * The buckets and objects behind the local S3 API, usable directly by tests and tools.
 * Keys are listed in UTF-8 byte order, as S3 lists them. Each bucket has a lock so that
 * an object's bytes and its index entry change together.
 */
public final class S3Store {

	private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

	/**
	 * One listing page: objects, common prefixes (with a delimiter), and whether more
	 * follow.
	 */
	public record Listing(List<StoredObject> objects, List<String> commonPrefixes, boolean truncated,
			String lastReturned) {
	}

	/** A bucket's name and creation time. */
	public record BucketInfo(String name, Instant created) {
	}

	private static final class Bucket {

		final String name;

		final Instant created;

		final ConcurrentSkipListMap<String, StoredObject> objects = new ConcurrentSkipListMap<>(Keys.ORDER);

		final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

		Bucket(String name, Instant created) {
			this.name = name;
			this.created = created;
		}

	}

	private final ObjectStorage storage;

	private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final MultipartUploads uploads = new MultipartUploads();

	private S3Store(ObjectStorage storage) {
		this.storage = storage;
		for (Map.Entry<String, List<StoredObject>> e : storage.load().entrySet()) {
			Bucket bucket = new Bucket(e.getKey(), Instant.now());
			for (StoredObject object : e.getValue()) {
				bucket.objects.put(object.key(), object);
			}
			buckets.put(bucket.name, bucket);
		}
	}

	/** A store that keeps everything in memory. */
	public static S3Store inMemory() {
		return new S3Store(new MemoryObjectStorage());
	}

	/**
	 * A store that keeps objects as files under {@code directory}, picking up the buckets
	 * and objects already there.
	 */
	public static S3Store inDirectory(Path directory) {
		return new S3Store(new FileObjectStorage(directory));
	}

	public void createBucket(String name) {
		if (!BUCKET_NAME.matcher(name).matches() || name.contains("..")) {
			throw new S3Exception(400, "InvalidBucketName", "The specified bucket is not valid.",
					Map.of("BucketName", name));
		}
		Bucket bucket = new Bucket(name, Instant.now());
		if (buckets.putIfAbsent(name, bucket) != null) {
			throw new S3Exception(409, "BucketAlreadyOwnedByYou",
					"Your previous request to create the named bucket " + "succeeded and you already own it.",
					Map.of("BucketName", name));
		}
		storage.createBucket(name);
	}

	public void deleteBucket(String name) {
		Bucket bucket = bucket(name);
		bucket.lock.writeLock().lock();
		try {
			if (!bucket.objects.isEmpty()) {
				throw new S3Exception(409, "BucketNotEmpty", "The bucket you tried to delete is not empty",
						Map.of("BucketName", name));
			}
			buckets.remove(name, bucket);
			storage.deleteBucket(name);
		}
		finally {
			bucket.lock.writeLock().unlock();
		}
	}

	public boolean bucketExists(String name) {
		return buckets.containsKey(name);
	}

	public List<BucketInfo> listBuckets() {
		List<BucketInfo> list = new ArrayList<>();
		for (Bucket b : buckets.values()) {
			list.add(new BucketInfo(b.name, b.created));
		}
		list.sort((a, b) -> Keys.ORDER.compare(a.name(), b.name()));
		return list;
	}

	private Bucket bucket(String name) {
		Bucket bucket = buckets.get(name);
		if (bucket == null) {
			throw S3Exception.noSuchBucket(name);
		}
		return bucket;
	}

	public StoredObject putObject(String bucketName, String key, byte[] data, ObjectMetadata metadata) {
		return store(bucketName, key, data, metadata, Checksums.md5Hex(data));
	}

	StoredObject store(String bucketName, String key, byte[] data, ObjectMetadata metadata, String etag) {
		Keys.check(key);
		Bucket bucket = bucket(bucketName);
		storage.checkKey(bucketName, key);
		StoredObject object = new StoredObject(bucketName, key, data.length, etag, Instant.now(), metadata);
		bucket.lock.writeLock().lock();
		try {
			storage.write(object, data);
			bucket.objects.put(key, object);
		}
		finally {
			bucket.lock.writeLock().unlock();
		}
		return object;
	}

	/** The object's metadata, or empty; fails with NoSuchBucket. */
	public Optional<StoredObject> head(String bucketName, String key) {
		return Optional.ofNullable(bucket(bucketName).objects.get(key));
	}

	/** The whole object's bytes; fails with NoSuchBucket or NoSuchKey. */
	public byte[] getObject(String bucketName, String key) {
		StoredObject object = head(bucketName, key).orElseThrow(() -> S3Exception.noSuchKey(key));
		return read(object, 0, object.size());
	}

	/**
	 * Bytes of an object found by {@link #head}, from {@code offset}, {@code length}
	 * long.
	 */
	public byte[] read(StoredObject object, long offset, long length) {
		Bucket bucket = bucket(object.bucket());
		bucket.lock.readLock().lock();
		try {
			StoredObject current = bucket.objects.get(object.key());
			if (current == null) {
				throw S3Exception.noSuchKey(object.key());
			}
			return storage.read(current, offset, Math.toIntExact(length));
		}
		finally {
			bucket.lock.readLock().unlock();
		}
	}

	/** Deletes an object; deleting a missing key succeeds, as on S3. */
	public void deleteObject(String bucketName, String key) {
		Bucket bucket = bucket(bucketName);
		bucket.lock.writeLock().lock();
		try {
			if (bucket.objects.remove(key) != null) {
				storage.delete(bucketName, key);
			}
		}
		finally {
			bucket.lock.writeLock().unlock();
		}
	}

	/**
	 * Lists keys after {@code startAfter} (exclusive, may be null) that start with
	 * {@code prefix}, rolling keys that contain {@code delimiter} after the prefix into
	 * common prefixes; at most {@code maxKeys} entries.
	 */
	public Listing list(String bucketName, String prefix, String delimiter, String startAfter, int maxKeys) {
		Bucket bucket = bucket(bucketName);
		String from = prefix == null ? "" : prefix;
		String p = from;
		String lastPrefix = null;
		if (startAfter != null && Keys.ORDER.compare(startAfter, from) >= 0) {
			from = startAfter;
			if (delimiter != null && !delimiter.isEmpty() && startAfter.endsWith(delimiter)
					&& startAfter.length() > p.length()) {
				lastPrefix = startAfter;
			}
		}
		List<StoredObject> objects = new ArrayList<>();
		List<String> prefixes = new ArrayList<>();
		String lastReturned = null;
		boolean truncated = false;
		for (StoredObject object : bucket.objects.tailMap(from, startAfter == null || !from.equals(startAfter))
			.values()) {
			String key = object.key();
			if (!key.startsWith(p)) {
				break;
			}
			if (lastPrefix != null && key.startsWith(lastPrefix)) {
				continue;
			}
			if (objects.size() + prefixes.size() >= maxKeys) {
				truncated = true;
				break;
			}
			int at = delimiter == null || delimiter.isEmpty() ? -1 : key.indexOf(delimiter, p.length());
			if (at >= 0) {
				lastPrefix = key.substring(0, at + delimiter.length());
				prefixes.add(lastPrefix);
				lastReturned = lastPrefix;
			}
			else {
				objects.add(object);
				lastReturned = key;
			}
		}
		return new Listing(objects, prefixes, truncated, lastReturned);
	}

	public String createMultipartUpload(String bucketName, String key, ObjectMetadata metadata) {
		Keys.check(key);
		bucket(bucketName);
		storage.checkKey(bucketName, key);
		return uploads.create(bucketName, key, metadata);
	}

	/** Stores one part; returns its ETag (unquoted MD5 hex). */
	public String uploadPart(String bucketName, String key, String uploadId, int partNumber, byte[] data) {
		bucket(bucketName);
		return uploads.upload(bucketName, key, uploadId, partNumber, data);
	}

	/**
	 * Joins the listed parts (number and ETag each, in ascending order) into the object.
	 */
	public StoredObject completeMultipartUpload(String bucketName, String key, String uploadId,
			List<MultipartUploads.PartRef> parts) {
		bucket(bucketName);
		MultipartUploads.Assembled assembled = uploads.complete(bucketName, key, uploadId, parts);
		return store(bucketName, key, assembled.data(), assembled.metadata(), assembled.etag());
	}

	public void abortMultipartUpload(String bucketName, String key, String uploadId) {
		bucket(bucketName);
		uploads.abort(bucketName, key, uploadId);
	}

}
