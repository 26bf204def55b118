package io.rstreams.client.aws;

/**
 * One record for the bus's Kinesis stream: gzip bytes plus the keys the Node SDK uses (protocol.md 5.1:
 * PartitionKey {@code "0"}, ExplicitHashKey {@code "0"} unless configured).
 */
public record KinesisRecord(byte[] data, String partitionKey, String explicitHashKey) {
}
