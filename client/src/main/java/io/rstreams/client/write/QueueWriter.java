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

import java.time.Clock;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.rstreams.client.BusConfig;
import io.rstreams.client.Event;
import io.rstreams.client.RStreamsException;
import io.rstreams.client.aws.FirehoseTransport;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.codec.WireLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes events to RStreams queues through the bus, exactly as the Node SDK's
 * {@code load}/{@code toLeo} do (protocol.md 5.1 - 5.3): events become gzip NDJSON
 * chunks, chunks become Kinesis records sent with {@code PutRecords}, failed entries
 * alone are retried with back-off, oversize events travel through S3 with a pointer
 * record; in {@link WriteMode#S3} every event goes through multi-member S3 files, and in
 * {@link WriteMode#FIREHOSE} through Firehose. Only the bus assigns eids.
 *
 * <p>
 * {@link #write(Event)} returns a future that completes when the bus has accepted the
 * record carrying that event, and fails with {@link WriteFailedException} if it never
 * does; {@link #flush()} sends whatever is buffered and completes when everything written
 * so far is accepted. A reader may checkpoint an input only after the outputs it caused
 * are accepted: that is what these futures are for.
 *
 * <p>
 * Memory is bounded: once {@code maxBufferedBytes} are buffered or in flight,
 * {@code write} blocks its caller (at most {@code callTimeout}). Records are sent one
 * {@code PutRecords} at a time, in order.
 *
 * <p>
 * This class is the facade, shaped like Kafka's producer: it normalises and serialises
 * events in the caller's thread and keeps the accounting; the mode's
 * {@link RecordBatcher} builds records, the {@link SendLoop} sends them through the
 * mode's {@link RecordSink}.
 */
public final class QueueWriter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(QueueWriter.class);

	private final WriterSettings settings;

	private final EventDefaults defaults;

	private final BufferBudget buffer;

	private final WriterCounters counters = new WriterCounters();

	private final WritePipeline pipeline;

	/**
	 * What {@code write} returned and is not complete: what {@link #flush()} waits for.
	 */
	private final Set<CompletableFuture<Void>> outstanding = ConcurrentHashMap.newKeySet();

	/**
	 * The bus's side of the same events: what {@link #close()} fails if the bus never
	 * answers.
	 */
	private final Set<CompletableFuture<Void>> unacknowledged = ConcurrentHashMap.newKeySet();

	private QueueWriter(Builder b) {
		BusConfig bus = Objects.requireNonNull(b.bus, "bus");
		this.settings = b.settings;
		this.defaults = new EventDefaults(b.clock, b.botId);
		this.buffer = new BufferBudget(settings);
		this.pipeline = PipelineFactory.create(bus, settings, b.kinesis, b.firehose, b.objectStore, b.clock, counters);
	}

	public static Builder builder() {
		return new Builder();
	}

	public WriterSettings settings() {
		return settings;
	}

	/**
	 * Queues {@code event} for the bus. Missing {@code id} becomes the writer's bot id,
	 * missing timestamps become now (as the SDK's {@code load} does).
	 * @return completes when the bus accepted the event's record
	 * @throws IllegalArgumentException for an event the bus would drop (no queue, no id,
	 * a payload that is not truthy) - rejected here rather than lost silently there
	 */
	public CompletableFuture<Void> write(Event event) {
		Event e = defaults.apply(event);
		WireLine line = WireLine.of(e);
		int held = buffer.acquire(line.jsonLength(), e.event());
		CompletableFuture<Void> ack = new CompletableFuture<>();
		// what callers and flush() wait for completes only after the counters moved, so
		// that they agree with it
		CompletableFuture<Void> counted = ack.whenComplete((ok, failure) -> {
			buffer.release(held);
			(failure == null ? counters.eventsAccepted : counters.eventsFailed).incrementAndGet();
		});
		outstanding.add(counted);
		unacknowledged.add(ack);
		counted.whenComplete((ok, failure) -> {
			outstanding.remove(counted);
			unacknowledged.remove(ack);
		});
		try {
			pipeline.add(e, line, ack);
		}
		catch (RuntimeException ex) {
			ack.completeExceptionally(ex);
		}
		return counted;
	}

	/**
	 * Sends everything buffered.
	 * @return completes when every event written before this call was accepted; fails if
	 * any of them failed
	 */
	public CompletableFuture<Void> flush() {
		CompletableFuture<?>[] snapshot = outstanding.toArray(CompletableFuture[]::new);
		pipeline.flush();
		return CompletableFuture.allOf(snapshot);
	}

	/** Events the bus accepted. */
	public long eventsAccepted() {
		return counters.eventsAccepted.get();
	}

	/** Events that could not be written (after the retries), or were refused. */
	public long eventsFailed() {
		return counters.eventsFailed.get();
	}

	/** Records (Kinesis records or Firehose batches) the bus accepted. */
	public long recordsSent() {
		return counters.recordsSent.get();
	}

	/** Records sent again after the bus refused them (throttling, partial failures). */
	public long recordRetries() {
		return counters.recordRetries.get();
	}

	/** Events buffered or in flight. */
	public int pending() {
		return outstanding.size();
	}

	/** Whether nothing is buffered or in flight. */
	public boolean isIdle() {
		return outstanding.isEmpty();
	}

	/** Flushes (waiting at most {@code callTimeout} for the bus) and stops the writer. */
	@Override
	public void close() {
		if (pipeline.isClosed()) {
			return;
		}
		try {
			flush().get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("RStreams writer closed with {} event(s) not yet accepted by the bus", outstanding.size());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("RStreams writer closed after a failed write: {}", ex.getMessage());
		}
		finally {
			pipeline.close();
			RStreamsException error = new RStreamsException("The writer was closed before the bus accepted this event");
			for (CompletableFuture<Void> f : new ArrayList<>(unacknowledged)) {
				f.completeExceptionally(error);
			}
		}
	}

	/**
	 * Builds a writer; {@code bus} and the transport(s) for the chosen mode are required.
	 */
	public static final class Builder {

		private BusConfig bus;

		private WriterSettings settings = WriterSettings.defaults();

		private KinesisTransport kinesis;

		private FirehoseTransport firehose;

		private ObjectStore objectStore;

		private Clock clock = Clock.systemUTC();

		private String botId;

		private Builder() {
		}

		public Builder bus(BusConfig value) {
			bus = value;
			return this;
		}

		public Builder settings(WriterSettings value) {
			settings = Objects.requireNonNull(value);
			return this;
		}

		public Builder kinesis(KinesisTransport value) {
			kinesis = value;
			return this;
		}

		public Builder firehose(FirehoseTransport value) {
			firehose = value;
			return this;
		}

		public Builder objectStore(ObjectStore value) {
			objectStore = value;
			return this;
		}

		public Builder clock(Clock value) {
			clock = Objects.requireNonNull(value);
			return this;
		}

		/** The id given to events that have none (the SDK's {@code load(botId, ...)}). */
		public Builder botId(String value) {
			botId = value;
			return this;
		}

		public QueueWriter build() {
			return new QueueWriter(this);
		}

	}

}
