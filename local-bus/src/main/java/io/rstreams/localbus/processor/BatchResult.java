package io.rstreams.localbus.processor;

import java.util.Map;

/**
 * What one processed batch stored.
 *
 * @param batchMillis the batch time every eid of the batch is based on
 * @param events      events stored
 * @param dropped     objects dropped (no queue, no id or payload, control messages, undecodable records)
 * @param maxEids     per queue, the {@code max_eid} written to LeoEvent
 */
public record BatchResult(long batchMillis, long events, long dropped, Map<String, String> maxEids) {
}
