package io.rstreams.client.bus;

/** An S3 object holding events ({@code s3: {bucket, key}} in pointer records and LeoStream items, protocol.md 2.1). */
public record S3Location(String bucket, String key) {
}
