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
package io.rstreams.binder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.rstreams.client.Event;
import io.rstreams.client.write.QueueWriter;

/**
 * What the current thread is processing: the input event(s) handed to the application and
 * the writes their processing caused. The inbound adapter opens a scope around each
 * delivery; the outbound handler, running in the same thread for imperative functions,
 * derives the output's correlation from the scope's events and registers its write, so
 * the input is checkpointed only once that write is accepted by the bus.
 */
public final class ProcessingScope {

	private static final ThreadLocal<ProcessingScope> CURRENT = new ThreadLocal<>();

	private final List<Event> inputs;

	private final boolean batch;

	private final String botId;

	private final List<CompletableFuture<Void>> writes = new ArrayList<>();

	private final Set<QueueWriter> writers = new LinkedHashSet<>();

	public ProcessingScope(List<Event> inputs, boolean batch, String botId) {
		this.inputs = List.copyOf(inputs);
		this.batch = batch;
		this.botId = botId;
	}

	/**
	 * The scope of the current thread, or {@code null} outside the delivery of an input.
	 */
	public static ProcessingScope current() {
		return CURRENT.get();
	}

	/** Runs {@code work} with this scope as the current one. */
	public void run(Runnable work) {
		ProcessingScope previous = CURRENT.get();
		CURRENT.set(this);
		try {
			work.run();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	/**
	 * Makes this scope the current one until the returned handle is closed, for a
	 * delivery that does not run inside one call of ours (a polled consumer's handler
	 * runs between our {@code receive()} and its acknowledgment).
	 */
	public Entered enter() {
		ProcessingScope previous = CURRENT.get();
		CURRENT.set(this);
		return () -> {
			if (CURRENT.get() != this) {
				return;
			}
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		};
	}

	/**
	 * A scope made current by {@link #enter()}; closing it on another thread does
	 * nothing.
	 */
	@FunctionalInterface
	public interface Entered extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * The input events being processed (one, or a whole batch): their envelopes, which
	 * carry what outputs derive from them (eid, queue, correlation, timestamps, units).
	 * The payload may be {@code null} here: the application has it in the message.
	 */
	public List<Event> inputs() {
		return inputs;
	}

	/**
	 * Whether the inputs were delivered as one batch (outputs get the N -> 1
	 * correlation).
	 */
	public boolean isBatch() {
		return batch;
	}

	/** The consuming bot's id, or {@code null} for an anonymous consumer. */
	public String botId() {
		return botId;
	}

	/**
	 * Called by the outbound handler for every event it writes while this scope is
	 * current.
	 */
	public synchronized void addWrite(QueueWriter writer, CompletableFuture<Void> write) {
		writers.add(writer);
		writes.add(write);
	}

	public synchronized List<CompletableFuture<Void>> writes() {
		return Collections.unmodifiableList(new ArrayList<>(writes));
	}

	public synchronized Set<QueueWriter> writers() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(writers));
	}

}
