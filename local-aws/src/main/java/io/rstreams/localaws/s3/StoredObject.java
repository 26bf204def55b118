package io.rstreams.localaws.s3;

import java.time.Instant;

/** An object's listing data and metadata; its bytes are read through {@link S3Store#read}. */
public record StoredObject(String bucket, String key, long size, String etag, Instant lastModified,
    ObjectMetadata metadata) {

  /** The ETag as S3 sends it, in double quotes. */
  public String quotedEtag() {
    return '"' + etag + '"';
  }
}
