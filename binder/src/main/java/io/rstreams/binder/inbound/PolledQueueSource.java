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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.status.BindingStats;
import io.rstreams.binder.status.ConsumerBinding;
import io.rstreams.binder.status.Failures;
import io.rstreams.client.EventId;
import io.rstreams.client.checkpoint.LeaseLostException;
import io.rstreams.client.checkpoint.StaleCheckpointException;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.acks.AcknowledgmentCallback.Status;
import org.springframework.integration.core.MessageSource;
import org.springframework.integration.core.RecoveryCallback;
import org.springframework.integration.support.ErrorMessageUtils;
import org.springframework.messaging.Message;

/**
 * A polled consumer ({@code PollableMessageSource}): a bot that reads when the
 * application polls. Each {@code receive()} hands out one event, read from the bot's
 * checkpoint with the same start, lease and fanout rules as a pushed binding, with an
 * {@code AcknowledgmentCallback}.
 *
 * <p>
 * ACCEPT and REJECT settle a message; the checkpoint moves over the settled messages in
 * eid order once every earlier one is settled too, and only after the bus accepted what
 * their handlers wrote (the writes made on the polling thread while the handler ran, as
 * for a pushed binding's function). REQUEUE, a {@code RequeueCurrentMessageException}, or
 * a handler failure that nothing took (Spring Cloud Stream then REJECTs and rethrows)
 * keep the message: the next poll hands it out again and nothing from it on is
 * checkpointed. With {@code checkpoint-mode: periodic} the checkpoint moves when the
 * interval or count is due, at the latest when the binding stops.
 */
public class PolledQueueSource implements MessageSource<Object>, ConsumerBinding {

	private static final Logger log = LoggerFactory.getLogger(PolledQueueSource.class);

	private final BotSetup bot;

	private final String queue;

	private final ConsumerSettings settings;

	private final ConsumerThreads threads;

	private final String owner;

	private final BindingCounters counters = new BindingCounters();

	private final ReaderState state = new ReaderState(Clock.systemUTC());

	private final ReadProgress progress;

	private final LeaseKeeper leases;

	private final FanoutFilter fanout;

	private final PolledLedger ledger;

	private final PolledReader reader;

	private final InboundMessages messages;

	private final ReentrantLock lock = new ReentrantLock();

	private final ThreadLocal<PolledAcknowledgment> delivering = new ThreadLocal<>();

	/** The logging MDC the poll's thread had before the delivery set its keys. */
	private final ThreadLocal<DeliveryMdc.Restore> mdc = new ThreadLocal<>();

	private final AtomicReference<String> move = new AtomicReference<>();

	private RecoveryCallback<?> recoverer;

	private volatile boolean running;

	private volatile boolean paused;

	public PolledQueueSource(RStreamsBusConnection connection, QueueReader queueReader, BotSetup bot, String queue,
			ConsumerSettings settings, ConsumerThreads threads) {
		this.bot = bot;
		this.queue = queue;
		this.settings = settings;
		this.threads = threads;
		this.owner = ReaderIdentity.of(settings.bindingName());
		this.progress = new ReadProgress(settings.checkpointPolicy(), counters, connection.clock(),
				settings.bindingName());
		this.leases = new LeaseKeeper(threads.leases(), settings.leaseRenewInterval(), counters, state, () -> {
		}, settings.bindingName(), bot.botId(), queue, owner);
		this.fanout = new FanoutFilter(bot, new PartitionKeys(settings.partitionKeyExpression()),
				settings.bindingName());
		this.ledger = new PolledLedger(progress);
		this.messages = new InboundMessages(queue, bot.botId(), settings.nativeDecoding());
		BotStarter starter = new BotStarter(bot, connection, queueReader, queue, owner, settings, state, new WakeUp());
		Poller poller = new Poller(queueReader, queue, settings, counters, connection.clock());
		this.reader = new PolledReader(bot, starter, leases, progress, ledger, poller, state, settings,
				connection.clock(), queue, () -> {
					bot.register(connection, queue, null);
					leases.use(bot.lease(connection, queue, owner, settings.leaseDuration(), settings.leaseEnabled()));
				});
	}

	/**
	 * Where stored data that cannot be decoded goes (the binding's error channel);
	 * without it, or when nothing takes it, the binding stays before it.
	 */
	public void setRecoverer(RecoveryCallback<?> recoverer) {
		this.recoverer = recoverer;
	}

	@Override
	public Message<Object> receive() {
		endDeliveryLeftOnThisThread();
		lock.lock();
		try {
			if (!running || paused || state.current() == BindingState.STALE) {
				return null;
			}
			String moveTo = move.getAndSet(null);
			if (moveTo != null) {
				reader.moved(moveTo);
			}
			while (true) {
				ReadEntry entry = reader.next();
				if (entry == null) {
					return null;
				}
				ReadPosition before = reader.before();
				if (!fanout.mine(entry)) {
					ledger.passedOver(entry, before);
				}
				else if (entry instanceof ReadEntry.Failed failed) {
					if (!undecodableTaken(failed)) {
						reader.rewindTo(before);
						reader.failed(failed.error());
						return null;
					}
					ledger.passedOver(entry, before);
				}
				else {
					return deliver((ReadEntry.Ok) entry, before);
				}
			}
		}
		catch (RuntimeException ex) {
			checkpointFailed(ex);
			return null;
		}
		finally {
			lock.unlock();
		}
	}

	@SuppressWarnings("unchecked")
	private Message<Object> deliver(ReadEntry.Ok entry, ReadPosition before) {
		ProcessingScope scope = new ProcessingScope(List.of(entry.envelope()), false, bot.botId());
		PolledLedger.Slot slot = ledger.delivered(entry, before, scope);
		PolledAcknowledgment ack = new PolledAcknowledgment(this, slot);
		delivering.set(ack);
		mdc.set(DeliveryMdc.open(settings.bindingName(), bot.botId(), entry.envelope()));
		return (Message<Object>) messages.single(entry, new EventCheckpointer(entry.lastEid(), progress.tracker()),
				ack);
	}

	private boolean undecodableTaken(ReadEntry.Failed failed) {
		log.warn("Binding '{}': {}", settings.bindingName(), failed.error().getMessage());
		counters.failed();
		if (recoverer == null) {
			return false;
		}
		Message<byte[]> message = messages.undecodable(failed.error());
		try {
			recoverer.recover(ErrorMessageUtils.getAttributeAccessor(message, message), failed.error());
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** An acknowledgment of a message this source handed out. */
	void acknowledged(PolledLedger.Slot slot, Status status) {
		lock.lock();
		try {
			if (status == Status.REQUEUE) {
				requeue(slot, "requeued");
				return;
			}
			ledger.acknowledged(slot, status == Status.REJECT);
			afterSettled();
		}
		catch (RuntimeException ex) {
			checkpointFailed(ex);
		}
		finally {
			lock.unlock();
		}
	}

	/** The poll that handed the message out returned. */
	void deliveryEnded(PolledAcknowledgment ack, PolledLedger.Slot slot, boolean failed) {
		if (delivering.get() == ack) {
			delivering.remove();
			DeliveryMdc.Restore previous = mdc.get();
			if (previous != null) {
				mdc.remove();
				previous.close();
			}
		}
		lock.lock();
		try {
			if (failed) {
				counters.failed();
			}
			ReadPosition again = ledger.deliveryEnded(slot, failed);
			if (again != null) {
				reader.rewindTo(again);
				log.warn("Binding '{}': handling {} failed and nothing took the failure; the next poll hands it out "
						+ "again", settings.bindingName(), slot.eid());
			}
			else {
				afterSettled();
			}
		}
		catch (RuntimeException ex) {
			checkpointFailed(ex);
		}
		finally {
			lock.unlock();
		}
	}

	private void requeue(PolledLedger.Slot slot, String why) {
		ReadPosition again = ledger.requeue(slot);
		if (again != null) {
			reader.rewindTo(again);
			log.debug("Binding '{}': {} {}; the next poll hands it out again", settings.bindingName(), slot.eid(), why);
		}
	}

	/**
	 * A handler that acknowledges later ({@code noAutoAck}) leaves no trace the poll
	 * ended; its next poll on this thread ends it.
	 */
	private void endDeliveryLeftOnThisThread() {
		PolledAcknowledgment left = delivering.get();
		if (left != null) {
			left.deliveryEnded(false);
		}
	}

	private void afterSettled() {
		if (progress.started() && leases.held()) {
			if (progress.policy() instanceof CheckpointPolicy.Periodic) {
				progress.afterPoll();
			}
			else {
				progress.checkpoint();
			}
		}
	}

	private void checkpointFailed(RuntimeException ex) {
		if (ex instanceof StaleCheckpointException stale) {
			state.stale(stale);
			counters.checkpointFailed();
			ledger.dropAll();
			reader.close();
			leases.release();
			log.error(
					"Binding '{}' stopped: {}. Another instance or bot with id '{}' is reading queue '{}'; this "
							+ "binding will not read again until restarted.",
					settings.bindingName(), ex.getMessage(), bot.botId(), queue);
		}
		else if (ex instanceof LeaseLostException) {
			reader.leaseLost(ex.getMessage());
		}
		else if (ex instanceof OutputsNotAcceptedException outputs && !outputs.failed()) {
			// still in flight: the next acknowledgment or idle poll waits for them again
			state.error(ex);
			log.warn("Binding '{}': {}", settings.bindingName(), ex.getMessage());
		}
		else if (ex instanceof OutputsNotAcceptedException) {
			log.warn("Binding '{}': {}; reading again from there", settings.bindingName(), ex.getMessage());
			progress.rewind();
			ledger.dropAll();
			reader.rewindTo(progress.position());
			state.error(ex);
		}
		else {
			reader.failed(ex);
		}
	}

	@Override
	public void start() {
		lock.lock();
		try {
			if (!running) {
				running = true;
				state.starting();
			}
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Checkpoints what was settled, forgets what was not (the next owner reads it) and
	 * gives the lease back.
	 */
	@Override
	public void stop() {
		lock.lock();
		try {
			if (!running) {
				return;
			}
			running = false;
			if (progress.started() && leases.held() && state.current() != BindingState.STALE) {
				try {
					progress.checkpoint();
					log.info("Binding '{}' stopped at {}", settings.bindingName(), progress.checkpointed());
				}
				catch (RuntimeException ex) {
					log.warn(
							"Binding '{}' stopped without its final checkpoint ({}); the events after {} will be "
									+ "read again",
							settings.bindingName(), Failures.describe(ex), progress.checkpointed());
				}
			}
			ledger.dropAll();
			// a later start resolves its start afresh, from the checkpoint just written
			progress.abandon();
			reader.close();
			leases.release();
			state.ended();
		}
		finally {
			lock.unlock();
		}
	}

	/** Ends the binding's threads, once it is unbound. */
	public void shutdown() {
		stop();
		threads.shutdown();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public void pause() {
		paused = true;
	}

	@Override
	public void resume() {
		paused = false;
	}

	@Override
	public boolean isPaused() {
		return paused;
	}

	@Override
	public void moveCheckpoint(String eid) {
		EventId.parse(eid);
		move.set(eid);
	}

	@Override
	public BindingState state() {
		return state.shown(paused);
	}

	@Override
	public Throwable lastError() {
		return state.lastError();
	}

	@Override
	public Instant lastErrorAt() {
		return state.lastErrorAt();
	}

	@Override
	public Instant blockedSince() {
		return state.blockedSince();
	}

	@Override
	public BindingStats stats() {
		return counters;
	}

	@Override
	public boolean leaseHeld() {
		return leases.shownHeld();
	}

	@Override
	public String owner() {
		return owner;
	}

	@Override
	public ReadPosition position() {
		return progress.position();
	}

	@Override
	public String checkpoint() {
		return progress.checkpointed();
	}

	@Override
	public String botId() {
		return bot.botId();
	}

	@Override
	public String queue() {
		return queue;
	}

	@Override
	public String bindingName() {
		return settings.bindingName();
	}

	@Override
	public String toString() {
		return "PolledQueueSource[binding=" + settings.bindingName() + ", bot=" + bot.botId() + ", queue=" + queue
				+ "]";
	}

}
