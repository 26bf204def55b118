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
package io.rstreams.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.rstreams.client.Event;
import io.rstreams.client.QueueRef;
import io.rstreams.localbus.LocalBus;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The embedded bus as a test of RStreams bots uses it: write inputs as a Node bot would,
 * read and await what the bots wrote, look at their checkpoints and leases in LeoCron.
 * With {@code @AutoConfigureRStreamsTestBus} it is a bean; autowire it.
 *
 * <p>
 * A context is cached and shared by the tests that ask for the same configuration, and so
 * is its bus: {@link #reset()} (in {@code @BeforeEach}) makes reads and waits see only
 * the events written after it, so that each test sees its own.
 */
public final class RStreamsTestBus {

	/** The producer bot id of events written with {@link #write(String, Object...)}. */
	public static final String DEFAULT_PRODUCER = "rstreams-test";

	/** How long {@code await...} waits unless told otherwise. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	private final LocalBus bus;

	private final ResetMarks marks;

	public RStreamsTestBus(LocalBus bus) {
		this.bus = Objects.requireNonNull(bus, "bus");
		this.marks = new ResetMarks(bus);
	}

	/** The bus itself: its configuration, endpoints, reader and writers. */
	public LocalBus localBus() {
		return bus;
	}

	/** Writes as bot {@code producerBotId}. */
	public TestWriter as(String producerBotId) {
		return new TestWriter(bus, producerBotId, null, null);
	}

	/**
	 * Writes one event per payload as bot {@link #DEFAULT_PRODUCER}, with
	 * {@code event_source_timestamp} now; returns them as stored, with their eids.
	 */
	public List<Event> write(String queue, Object... payloads) {
		return as(DEFAULT_PRODUCER).write(queue, payloads);
	}

	/**
	 * The events of {@code queue} written since the last {@link #reset()}, in eid order.
	 */
	public List<Event> read(String queue) {
		return QueueContents.read(bus, queue, QueueContents.after(marks.mark(queueId(queue))));
	}

	/**
	 * The events of {@code queue} after {@code eid} ({@code null}: from the beginning).
	 */
	public List<Event> readAfter(String queue, String eid) {
		return QueueContents.read(bus, queue, QueueContents.after(eid));
	}

	/**
	 * Waits until {@code queue} holds at least {@code count} events written since the
	 * last {@link #reset()}, and returns them all.
	 * @throws AssertionError naming the queue and what it holds, on timeout
	 */
	public List<Event> awaitEvents(String queue, int count) {
		return awaitEvents(queue, count, DEFAULT_TIMEOUT);
	}

	public List<Event> awaitEvents(String queue, int count, Duration timeout) {
		AtomicReference<List<Event>> seen = new AtomicReference<>(List.of());
		try {
			Awaitility.await("events in queue " + queue)
				.atMost(timeout)
				.pollInterval(Duration.ofMillis(50))
				.until(() -> {
					seen.set(read(queue));
					return seen.get().size() >= count;
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("Expected at least " + count + " events in queue '" + queue + "' within " + timeout
					+ ", found " + seen.get().size() + ": " + seen.get(), ex);
		}
		return seen.get();
	}

	/** The bot's read checkpoint on {@code queue}, if it has one. */
	public Optional<String> checkpoint(String botId, String queue) {
		return Optional.ofNullable(bus.checkpointer().readCheckpoint(botId, queue));
	}

	/**
	 * Waits until the bot checkpointed {@code eid} (or past it) on {@code queue}.
	 * @throws AssertionError with the last checkpoint seen, on timeout
	 */
	public String awaitCheckpoint(String botId, String queue, String eid) {
		return awaitCheckpoint(botId, queue, eid, DEFAULT_TIMEOUT);
	}

	public String awaitCheckpoint(String botId, String queue, String eid, Duration timeout) {
		AtomicReference<String> seen = new AtomicReference<>();
		try {
			Awaitility.await("checkpoint of bot " + botId + " on " + queue)
				.atMost(timeout)
				.pollInterval(Duration.ofMillis(50))
				.until(() -> {
					seen.set(checkpoint(botId, queue).orElse(null));
					return seen.get() != null && seen.get().compareTo(eid) >= 0;
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("Expected bot '" + botId + "' to checkpoint " + eid + " on queue '" + queue
					+ "' within " + timeout + ", its checkpoint is " + seen.get(), ex);
		}
		return seen.get();
	}

	/** The bot's LeoCron item: checkpoints, leases and the rest. */
	public BotState bot(String botId) {
		return new BotState(botId, bus.checkpointer().getBot(botId));
	}

	/**
	 * From now on, reads and waits see only events written after this call (the bus keeps
	 * every event: running bots keep their positions, and nothing is deleted under them).
	 */
	public void reset() {
		marks.reset();
	}

	/** Each queue's last eid at the last {@link #reset()}. */
	Map<String, String> marks() {
		return marks.marks();
	}

	private static String queueId(String queue) {
		return QueueRef.parse(queue).queueId();
	}

}
