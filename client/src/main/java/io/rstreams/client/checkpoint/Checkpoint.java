package io.rstreams.client.checkpoint;

/**
 * A read (or write) checkpoint value as stored under {@code checkpoints.read["queue:<q>"]} (protocol.md 7.1).
 *
 * @param checkpoint       the last eid processed
 * @param sourceTimestamp  the {@code event_source_timestamp} the SDK records for the events covered
 * @param startedTimestamp when processing of the covered events started (ms)
 * @param endedTimestamp   when it ended (ms)
 * @param records          events covered by this update (not cumulative)
 */
public record Checkpoint(String checkpoint, Long sourceTimestamp, Long startedTimestamp, Long endedTimestamp,
		Long records) {
}
