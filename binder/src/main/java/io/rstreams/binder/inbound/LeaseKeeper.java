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

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.status.Failures;
import io.rstreams.client.leocron.BotLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * The bot's lease on the queue, for one reader: takes it, renews it on the scheduler
 * while it is held, notices when it is gone, and gives it back at the end. Without a
 * lease (anonymous consumer, leases off) every reader may read.
 */
final class LeaseKeeper {

	private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

	private final TaskScheduler scheduler;

	private final Duration renewEvery;

	private final BindingCounters counters;

	private final ReaderState state;

	private final Runnable onLoss;

	private final String bindingName;

	private final String botId;

	private final String queue;

	private final String owner;

	private volatile BotLease lease;

	private ScheduledFuture<?> renewal;

	/**
	 * @param onLoss run when a renewal finds the lease taken (it wakes the reader to stop
	 * reading)
	 */
	LeaseKeeper(TaskScheduler scheduler, Duration renewEvery, BindingCounters counters, ReaderState state,
			Runnable onLoss, String bindingName, String botId, String queue, String owner) {
		this.scheduler = scheduler;
		this.renewEvery = renewEvery;
		this.counters = counters;
		this.state = state;
		this.onLoss = onLoss;
		this.bindingName = bindingName;
		this.botId = botId;
		this.queue = queue;
		this.owner = owner;
	}

	/** The lease to keep from now on ({@code null}: none needed). */
	void use(BotLease lease) {
		this.lease = lease;
	}

	BotLease lease() {
		return lease;
	}

	boolean required() {
		return lease != null;
	}

	/** Whether this reader may read: it holds the lease, or none is needed. */
	boolean held() {
		BotLease l = lease;
		return l == null || l.isHeld();
	}

	/**
	 * What a binding shows as its lease: whether it holds the lease, or, without leases,
	 * whether it is reading (PAUSED is never stored, so a paused binding counts as
	 * RUNNING).
	 */
	boolean shownHeld() {
		if (required()) {
			return held();
		}
		BindingState s = state.current();
		return s == BindingState.RUNNING || s == BindingState.BLOCKED;
	}

	/**
	 * Tries once to take the lease; on success renews it from now on. A failure to ask
	 * counts as not taken.
	 */
	boolean tryAcquire() {
		BotLease l = lease;
		boolean acquired;
		try {
			acquired = l.tryAcquire();
		}
		catch (RuntimeException ex) {
			state.error(ex);
			log.warn("Binding '{}': could not take the lease of bot '{}' on queue '{}': {}", bindingName, botId, queue,
					Failures.describe(ex));
			return false;
		}
		if (!acquired) {
			return false;
		}
		counters.leaseAcquired();
		log.info("Binding '{}' ({}) holds the lease of bot '{}' on queue '{}'", bindingName, owner, botId, queue);
		scheduleRenewal(l);
		return true;
	}

	private synchronized void scheduleRenewal(BotLease l) {
		cancelRenewal();
		renewal = scheduler.scheduleWithFixedDelay(() -> renew(l), scheduler.getClock().instant().plus(renewEvery),
				renewEvery);
	}

	private void renew(BotLease l) {
		try {
			if (!l.renew()) {
				log.warn("Binding '{}' lost the lease of bot '{}' on queue '{}' to another reader", bindingName, botId,
						queue);
				onLoss.run();
			}
		}
		catch (RuntimeException ex) {
			// the lease is still held until it expires: the next renewal may pass
			state.error(ex);
			log.warn("Binding '{}': renewing the lease of bot '{}' failed (held until {}): {}", bindingName, botId,
					Instant.ofEpochMilli(l.expiresAt()), Failures.describe(ex));
		}
	}

	/** The lease is gone (expired, or taken): stop renewing it and count the loss. */
	void lost() {
		counters.leaseLost();
		cancelRenewal();
		BotLease l = lease;
		if (l != null) {
			l.markLost();
		}
	}

	synchronized void cancelRenewal() {
		if (renewal != null) {
			renewal.cancel(false);
			renewal = null;
		}
	}

	/**
	 * Gives the lease back so that a standby reader takes over at once instead of when it
	 * expires.
	 */
	void release() {
		cancelRenewal();
		BotLease l = lease;
		if (l != null && l.isHeld()) {
			try {
				l.release();
				log.info("Binding '{}' released the lease of bot '{}' on queue '{}'", bindingName, botId, queue);
			}
			catch (RuntimeException ex) {
				log.warn("Binding '{}' could not release its lease (it expires by itself): {}", bindingName,
						Failures.describe(ex));
			}
		}
	}

}
