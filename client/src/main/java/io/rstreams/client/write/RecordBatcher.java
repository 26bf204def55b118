package io.rstreams.client.write;

import java.util.concurrent.CompletableFuture;

import io.rstreams.client.Event;
import io.rstreams.client.codec.WireLine;

/**
 * Turns a writer's events into records (protocol.md 5.1 - 5.3), one implementation per {@link WriteMode}: it decides
 * where a chunk or an S3 file ends and hands each closed record, in order, to the send loop. Callers hold the
 * writer's lock; implementations are not thread-safe.
 */
interface RecordBatcher {

	/**
	 * Adds a normalised event; {@code ack} completes once the record carrying it is accepted.
	 *
	 * @param line the event's wire line, already serialised by the caller
	 */
	void add(Event event, WireLine line, CompletableFuture<Void> ack);

	/**
	 * The linger time passed: closes what has waited long enough at {@code now}.
	 *
	 * @return whether something stays open and needs the timer again
	 */
	boolean linger(long now);

	/** Closes everything open (a flush). */
	void closeAll();
}
