/*
 * Copyright 2026 the RStreams binder authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.rstreams.client.write;

import java.util.concurrent.CompletableFuture;

import io.rstreams.client.Event;
import io.rstreams.client.codec.WireLine;

/**
 * Turns a writer's events into records (protocol.md 5.1 - 5.3), one implementation per
 * {@link WriteMode}: it decides where a chunk or an S3 file ends and hands each closed
 * record, in order, to the send loop. Callers hold the writer's lock; implementations are
 * not thread-safe.
 */
interface RecordBatcher {

	/**
	 * Adds a normalised event; {@code ack} completes once the record carrying it is
	 * accepted.
	 * @param line the event's wire line, already serialised by the caller
	 */
	void add(Event event, WireLine line, CompletableFuture<Void> ack);

	/**
	 * The linger time passed: closes what has waited long enough at {@code now}.
	 * @return whether something stays open and needs the timer again
	 */
	boolean linger(long now);

	/** Closes everything open (a flush). */
	void closeAll();

}
