package io.rstreams.binder.properties;

/**
 * When a consumer binding moves its bot's read checkpoint in LeoCron.
 *
 * <table>
 * <caption>Checkpoint modes</caption>
 * <tr><th>mode</th><th>checkpoint written</th><th>at most re-delivered after a crash</th></tr>
 * <tr><td>{@code batch} (default)</td><td>after every poll's events were handled</td><td>one poll</td></tr>
 * <tr><td>{@code record}</td><td>after every event</td><td>one event</td></tr>
 * <tr><td>{@code periodic}</td><td>every {@code checkpoint-interval} and/or {@code checkpoint-count} events</td>
 * <td>one interval/count</td></tr>
 * <tr><td>{@code manual}</td><td>when the application calls the {@code rstreams_checkpointer} header or
 * acknowledges the message</td><td>everything not acknowledged</td></tr>
 * </table>
 *
 * In every mode the checkpoint only covers events whose handling finished, and whose outputs the bus accepted.
 */
public enum CheckpointMode {
	BATCH, RECORD, PERIODIC, MANUAL
}
