package io.rstreams.localbus.kinesis;

import java.util.List;

/**
 * What a {@link KinesisPoller} has done so far.
 *
 * @param shards    the shards being read
 * @param records   Kinesis records handed to the processor and stored
 * @param batches   batches stored
 * @param failures  failed attempts at storing a batch (each was tried again) or at reading Kinesis
 * @param lastError the last failure's message, or {@code null}
 */
public record PollerStats(List<String> shards, long records, long batches, long failures, String lastError) {
}
