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
package io.rstreams.binder.inbound;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.rstreams.binder.status.Failures;
import io.rstreams.client.checkpoint.LeaseLostException;
import io.rstreams.client.checkpoint.StaleCheckpointException;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading side of a polled consumer, driven by the application's polls instead of a
 * reader thread: registers the bot, holds its lease, resolves the start as a pushed
 * binding does ({@link BotStarter}), and reads a batch ahead ({@link Poller}) to hand out
 * one entry at a time.
 *
 * <p>
 * A poll must stay cheap when there is nothing to read, or a tight polling loop would
 * query LeoEvent without pause: after an empty read the bus is asked again only after
 * {@code poll-interval}, after a failure only after the back-off, and a standby reader
 * tries the lease every {@code lease-retry-interval}. Failures never reach the
 * application's polling loop (it would end it): they block the binding, as they do a
 * pushed one, and a later poll tries again from the last entry handed out.
 *
 * <p>
 * Not thread-safe: the polled source calls it under its lock.
 */
final class PolledReader {

	private static final Logger log = LoggerFactory.getLogger(PolledReader.class);

	private final BotSetup bot;

	private final BotStarter starter;

	private final LeaseKeeper leases;

	private final ReadProgress progress;

	private final PolledLedger ledger;

	private final Poller poller;

	private final ReaderState state;

	private final ConsumerSettings settings;

	private final Clock clock;

	private final String queue;

	private final Runnable registration;

	private final Deque<ReadEntry> buffer = new ArrayDeque<>();

	private final Backoff backoff;

	private boolean registered;

	private ReadPosition nextRead;

	private ReadPosition handedUpTo;

	private ReadPosition lastBefore;

	private long retryAt;

	private long leaseRetryAt;

	private long emptyAt = -1;

	/**
	 * @param registration registers the bot and sets up its lease (AWS calls, retried
	 * until they pass)
	 */
	PolledReader(BotSetup bot, BotStarter starter, LeaseKeeper leases, ReadProgress progress, PolledLedger ledger,
			Poller poller, ReaderState state, ConsumerSettings settings, Clock clock, String queue,
			Runnable registration) {
		this.bot = bot;
		this.starter = starter;
		this.leases = leases;
		this.progress = progress;
		this.ledger = ledger;
		this.poller = poller;
		this.state = state;
		this.settings = settings;
		this.clock = clock;
		this.queue = queue;
		this.registration = registration;
		this.backoff = new Backoff(settings.errorBackoff());
	}

	/**
	 * The next entry to hand out, or {@code null} when there is none now (nothing new,
	 * standing by, backing off).
	 * @throws StaleCheckpointException when another reader moved the checkpoint
	 * @throws OutputsNotAcceptedException when an idle poll's checkpoint stopped short
	 */
	ReadEntry next() {
		long now = clock.millis();
		if (now < retryAt) {
			return null;
		}
		try {
			if (!ready(now)) {
				return null;
			}
			ReadEntry entry = take(now);
			backoff.reset();
			unblocked();
			return entry;
		}
		catch (LeaseLostException ex) {
			leaseLost(ex.getMessage());
			return null;
		}
		catch (StaleCheckpointException | OutputsNotAcceptedException ex) {
			// an idle poll's checkpoint: the polled source decides what they mean
			throw ex;
		}
		catch (RuntimeException ex) {
			failed(ex);
			return null;
		}
	}

	/** The position the entry last handed out was read from. */
	ReadPosition before() {
		return lastBefore;
	}

	/**
	 * Reading goes on at {@code position} (a REQUEUE, an entry the error path did not
	 * take): the entries read ahead are read again from there.
	 */
	void rewindTo(ReadPosition position) {
		buffer.clear();
		nextRead = position;
		handedUpTo = position;
	}

	/**
	 * A failure of the binding's own work (a read, a checkpoint, the error path): it is
	 * BLOCKED and the next poll after the back-off reads again after the last entry
	 * handed out.
	 */
	void failed(RuntimeException ex) {
		state.blocked(ex);
		log.error("Binding '{}' (bot '{}', queue '{}') failed; the next poll after {} ms tries again from {}: {}",
				settings.bindingName(), bot.botId(), queue, backoff.current().toMillis(), handedUpTo,
				Failures.describe(ex));
		retryAt = clock.millis() + backoff.next().toMillis();
		poller.close();
		if (handedUpTo != null) {
			rewindTo(handedUpTo);
		}
	}

	/**
	 * Stops reading at once: nothing handed out since the last checkpoint is
	 * checkpointed; the next owner reads it.
	 */
	void leaseLost(String why) {
		leases.lost();
		progress.abandon();
		ledger.dropAll();
		buffer.clear();
		poller.close();
		state.standby();
		log.warn("Binding '{}' stopped reading queue '{}' for bot '{}': {}. It stands by and takes over again when the "
				+ "lease is free.", settings.bindingName(), queue, bot.botId(), why);
	}

	/** An operator moved the checkpoint to {@code eid}: reading goes on after it. */
	void moved(String eid) {
		if (!progress.started()) {
			return;
		}
		progress.checkpoint();
		progress.moved(eid, starter.move(eid, leases.lease()));
		ledger.dropAll();
		rewindTo(ReadPosition.after(eid));
	}

	void close() {
		buffer.clear();
		poller.close();
	}

	private boolean ready(long now) {
		if (!registered) {
			registration.run();
			registered = true;
		}
		if (!leases.held()) {
			if (progress.started()) {
				leaseLost("the lease expired or was taken before it could be renewed");
			}
			state.standby();
			if (now < leaseRetryAt) {
				return false;
			}
			if (!leases.tryAcquire()) {
				leaseRetryAt = now + settings.leaseRetryInterval().toMillis();
				return false;
			}
		}
		if (!progress.started()) {
			ReadStart start = starter.resolve();
			progress.start(start, starter.tracker(start, leases.lease()));
			rewindTo(start.after());
			state.running();
			log.info("Binding '{}' (polled): bot '{}' reads queue '{}' from '{}'{}", settings.bindingName(),
					bot.botId() == null ? "(anonymous)" : bot.botId(), queue, start.after(),
					start.checkpoint() == null ? "" : " (checkpoint " + start.checkpoint() + ")");
		}
		return true;
	}

	private ReadEntry take(long now) {
		if (buffer.isEmpty()) {
			if (emptyAt >= 0 && now - emptyAt < settings.pollInterval().toMillis()) {
				return null;
			}
			List<ReadEntry> entries = poller.poll(nextRead);
			if (entries.isEmpty()) {
				emptyAt = now;
				progress.afterPoll();
				return null;
			}
			emptyAt = -1;
			buffer.addAll(entries);
			nextRead = ReadPosition.after(entries.get(entries.size() - 1).lastEid());
		}
		ReadEntry entry = buffer.poll();
		lastBefore = handedUpTo;
		handedUpTo = ReadPosition.after(entry.lastEid());
		return entry;
	}

	private void unblocked() {
		if (state.unblocked()) {
			log.info("Binding '{}' (bot '{}', queue '{}') reads again", settings.bindingName(), bot.botId(), queue);
		}
	}

}
