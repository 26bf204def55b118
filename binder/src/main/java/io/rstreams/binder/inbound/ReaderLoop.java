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

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.rstreams.binder.status.Failures;
import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.checkpoint.LeaseLostException;
import io.rstreams.client.checkpoint.StaleCheckpointException;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a binding's reader, from start to stop, on one thread: register the bot,
 * hold the lease, resolve the start, then poll, dispatch and checkpoint until stopped;
 * every failure is retried from the last good event after a back-off, never skipping it.
 * A stale checkpoint stops the binding; so does a start that cannot work.
 */
final class ReaderLoop implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ReaderLoop.class);

	private final ConsumerSettings settings;

	private final ReaderSignals signals;

	private final ReaderState state;

	private final BindingCounters counters;

	private final BotStarter starter;

	private final LeaseKeeper leases;

	private final ReadProgress progress;

	private final Poller poller;

	private final LagMeter lag;

	private final Dispatcher dispatcher;

	private final String describedBot;

	private final String queue;

	private final CountDownLatch ended = new CountDownLatch(1);

	private volatile Thread thread;

	ReaderLoop(ConsumerSettings settings, ReaderSignals signals, ReaderState state, BindingCounters counters,
			BotStarter starter, LeaseKeeper leases, ReadProgress progress, Poller poller, LagMeter lag,
			Dispatcher dispatcher, String botId, String queue) {
		this.settings = settings;
		this.signals = signals;
		this.state = state;
		this.counters = counters;
		this.starter = starter;
		this.leases = leases;
		this.progress = progress;
		this.poller = poller;
		this.lag = lag;
		this.dispatcher = dispatcher;
		this.describedBot = botId;
		this.queue = queue;
	}

	@Override
	public void run() {
		thread = Thread.currentThread();
		try {
			if (starter.register(leases, signals::running)) {
				read();
			}
		}
		catch (Throwable ex) {
			state.failed(ex);
			log.error("Binding '{}' stopped: {}", settings.bindingName(), ex.getMessage(), ex);
		}
		finally {
			poller.close();
			leases.release();
			state.ended();
			ended.countDown();
		}
	}

	private void read() {
		Backoff backoff = new Backoff(settings.errorBackoff());
		while (signals.running()) {
			try {
				if (!holdsLease()) {
					continue;
				}
				if (!progress.started() && !startReading()) {
					return;
				}
				if (signals.paused()) {
					poller.observe();
					lag.measure(progress.position());
					signals.sleep(settings.pollInterval());
					continue;
				}
				applyRequests();
				boolean read = pollOnce();
				backoff.reset();
				unblocked();
				lag.measure(progress.position());
				if (!read) {
					progress.afterPoll();
					signals.sleep(settings.pollInterval());
				}
			}
			catch (LeaseLostException ex) {
				leaseLost(ex.getMessage());
			}
			catch (StaleCheckpointException ex) {
				stale(ex);
				return;
			}
			catch (RuntimeException ex) {
				state.blocked(ex);
				log.error("Binding '{}' (bot '{}', queue '{}') failed; retrying from {} in {} ms: {}",
						settings.bindingName(), describedBot, queue, safePosition(), backoff.current().toMillis(),
						Failures.describe(ex));
				if (!recover()) {
					return;
				}
				lag.measureQuietly(progress.position());
				signals.sleep(backoff.next());
			}
		}
		finalCheckpoint();
	}

	/**
	 * With leases: makes sure this reader holds the bot's lease, standing by (and
	 * retrying) while another reader has it. Returns false when the caller should loop
	 * again.
	 */
	private boolean holdsLease() {
		if (leases.held()) {
			return true;
		}
		// only a reader that was reading loses something; one still registering or
		// resolving its start just waits
		if (progress.started()) {
			leaseLost("the lease expired or was taken before it could be renewed");
		}
		state.standby();
		if (!leases.tryAcquire()) {
			signals.sleep(settings.leaseRetryInterval());
			return false;
		}
		return true;
	}

	/**
	 * Resolves where to read from. An AWS failure is thrown for the loop to retry with
	 * back-off, BLOCKED meanwhile as while registering: the bus may answer next time, a
	 * permission may be granted. Anything else would fail again the same way: the binding
	 * is FAILED.
	 */
	private boolean startReading() {
		try {
			ReadStart start = starter.resolve();
			progress.start(start, starter.tracker(start, leases.lease()));
			state.running();
			log.info("Binding '{}': bot '{}' reads queue '{}' from '{}'{}", settings.bindingName(),
					describedBot == null ? "(anonymous)" : describedBot, queue, start.after(),
					start.checkpoint() == null ? "" : " (checkpoint " + start.checkpoint() + ")");
			return true;
		}
		catch (AwsCallException ex) {
			state.startBlocked();
			throw ex;
		}
		catch (RuntimeException ex) {
			state.failed(ex);
			log.error("Binding '{}' could not start reading queue '{}': {}", settings.bindingName(), queue,
					ex.getMessage(), ex);
			return false;
		}
	}

	/**
	 * An operator's move, then a manual REQUEUE: both between polls, after what was in
	 * hand.
	 */
	private void applyRequests() {
		String move = signals.takeMove();
		if (move != null) {
			progress.checkpoint();
			progress.moved(move, starter.move(move, leases.lease()));
		}
		if (signals.takeRewind()) {
			progress.rewind();
		}
	}

	private boolean pollOnce() {
		List<ReadEntry> entries = poller.poll(progress.position());
		if (entries.isEmpty()) {
			return false;
		}
		dispatcher.dispatch(entries);
		progress.afterPoll();
		return true;
	}

	private void unblocked() {
		Instant since = state.blockedSince();
		if (state.unblocked()) {
			log.info("Binding '{}' (bot '{}', queue '{}') reads again after being blocked since {}",
					settings.bindingName(), describedBot, queue, since);
		}
	}

	/** After a failure; returns false when the binding must stop (stale checkpoint). */
	private boolean recover() {
		try {
			progress.recover();
			return true;
		}
		catch (LeaseLostException ex) {
			leaseLost(ex.getMessage());
			return true;
		}
		catch (StaleCheckpointException ex) {
			stale(ex);
			return false;
		}
	}

	/**
	 * Stops reading at once: nothing handled since the last checkpoint is checkpointed;
	 * the next owner reads it.
	 */
	private void leaseLost(String why) {
		leases.lost();
		progress.abandon();
		state.standby();
		log.warn("Binding '{}' stopped reading queue '{}' for bot '{}': {}. It stands by and takes over again when the "
				+ "lease is free.", settings.bindingName(), queue, describedBot, why);
	}

	private void stale(StaleCheckpointException ex) {
		state.stale(ex);
		counters.checkpointFailed();
		signals.stop();
		log.error(
				"Binding '{}' stopped: {}. Another instance or bot with id '{}' is reading queue '{}'; this binding "
						+ "will not read again until restarted.",
				settings.bindingName(), ex.getMessage(), describedBot, queue);
	}

	private void finalCheckpoint() {
		if (!progress.policy().automatic() || !progress.started() || !leases.held()) {
			return;
		}
		try {
			progress.checkpoint();
			log.info("Binding '{}' stopped at {}", settings.bindingName(), progress.checkpointed());
		}
		catch (LeaseLostException ex) {
			leaseLost(ex.getMessage());
		}
		catch (StaleCheckpointException ex) {
			stale(ex);
		}
		catch (RuntimeException ex) {
			log.warn("Binding '{}' stopped without its final checkpoint ({}); the events after {} will be read again",
					settings.bindingName(), ex.getMessage(), progress.checkpointed());
		}
	}

	private String safePosition() {
		ReadPosition p = progress.position();
		return p == null ? "(start)" : p.toString();
	}

	/** Counted down when the run ended (lease released, state final). */
	CountDownLatch ended() {
		return ended;
	}

	/** The thread running this loop, once it started. */
	Thread thread() {
		return thread;
	}

}
