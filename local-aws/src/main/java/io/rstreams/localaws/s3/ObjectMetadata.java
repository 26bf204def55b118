package io.rstreams.localaws.s3;

import java.util.Map;

/**
 * What S3 keeps with an object besides its bytes: Content-Type, Content-Encoding, other standard headers
 * (Cache-Control, Content-Disposition, Content-Language, Expires), user metadata ({@code x-amz-meta-*}, names
 * lower-cased, without the prefix) and the checksums given at upload ({@code x-amz-checksum-*} headers).
 */
public record ObjectMetadata(String contentType, String contentEncoding, Map<String, String> headers,
    Map<String, String> userMetadata, Map<String, String> checksums) {

  public ObjectMetadata {
    contentType = contentType == null ? "application/octet-stream" : contentType;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    userMetadata = userMetadata == null ? Map.of() : Map.copyOf(userMetadata);
    checksums = checksums == null ? Map.of() : Map.copyOf(checksums);
  }

  public static ObjectMetadata defaults() {
    return new ObjectMetadata(null, null, null, null, null);
  }

  ObjectMetadata withoutChecksums() {
    return new ObjectMetadata(contentType, contentEncoding, headers, userMetadata, null);
  }
}
