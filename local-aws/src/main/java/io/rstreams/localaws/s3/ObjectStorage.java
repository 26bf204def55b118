package io.rstreams.localaws.s3;

import java.util.List;
import java.util.Map;

/** Where object bytes live: in memory, or as files a developer can open. {@link S3Store} keeps the index. */
interface ObjectStorage {

  /** Buckets and objects that exist before the store starts (files from an earlier run), by bucket name. */
  Map<String, List<StoredObject>> load();

  /** Fails with an S3 error if this storage cannot hold an object under {@code key}. */
  void checkKey(String bucket, String key);

  void createBucket(String bucket);

  void deleteBucket(String bucket);

  void write(StoredObject object, byte[] data);

  byte[] read(StoredObject object, long offset, int length);

  void delete(String bucket, String key);
}
