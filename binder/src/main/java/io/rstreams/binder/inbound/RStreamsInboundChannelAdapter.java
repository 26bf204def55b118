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
import java.util.concurrent.TimeUnit;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.status.BindingStats;
import io.rstreams.binder.status.ConsumerBinding;
import io.rstreams.binder.status.Failures;
import io.rstreams.client.EventId;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.StartPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.integration.core.RecoveryCallback;
import org.springframework.integration.endpoint.MessageProducerSupport;

/**
 * Reads one queue for one bot and hands its events to the binding, one poll at a time, on
 * the reader thread.
 *
 * <p>
 * Each poll costs one LeoEvent read; LeoStream is queried only when {@code max_eid} is
 * past the position. Events are delivered one by one (or as one batch in batch mode) with
 * the binding's retry policy; what still fails goes to the binding's error channel (with
 * a dead-letter queue, or a handler that accepts it, the binding moves on; otherwise the
 * failure comes back here and the binding retries from the last good event after a
 * back-off, never skipping it). Data that cannot be decoded goes the same way.
 * Checkpoints follow the checkpoint mode and never cover an event whose outputs are not
 * accepted by the bus. A stale checkpoint stops the binding.
 *
 * <p>
 * This class is the binding's lifecycle and face; the reading is a {@link ReaderLoop} run
 * on the binding's {@link ConsumerThreads}.
 */
public class RStreamsInboundChannelAdapter extends MessageProducerSupport implements ConsumerBinding {

	private static final Logger log = LoggerFactory.getLogger(RStreamsInboundChannelAdapter.class);

	private final RStreamsBusConnection connection;

	private final QueueReader reader;

	private final BotSetup bot;

	private final String queue;

	private final ConsumerSettings settings;

	private final ConsumerThreads threads;

	private final String owner;

	private final ReaderSignals signals = new ReaderSignals();

	private final BindingCounters counters = new BindingCounters();

	private final ReaderState state = new ReaderState(Clock.systemUTC());

	private final ReadProgress progress;

	private final LeaseKeeper leases;

	private final FanoutFilter fanout;

	private final PartitionKeys orderingKeys;

	private RetryTemplate retryTemplate;

	private RecoveryCallback<?> recoverer;

	private volatile ReaderLoop loop;

	public RStreamsInboundChannelAdapter(RStreamsBusConnection connection, QueueReader reader, BotSetup bot,
			String queue, ConsumerSettings settings, ConsumerThreads threads) {
		this.connection = connection;
		this.reader = reader;
		this.bot = bot;
		this.queue = queue;
		this.settings = settings;
		this.threads = threads;
		this.owner = ReaderIdentity.of(settings.bindingName());
		this.progress = new ReadProgress(settings.checkpointPolicy(), counters, connection.clock(),
				settings.bindingName());
		this.leases = new LeaseKeeper(threads.leases(), settings.leaseRenewInterval(), counters, state, signals::wake,
				settings.bindingName(), bot.botId(), queue, owner);
		this.fanout = new FanoutFilter(bot, new PartitionKeys(settings.partitionKeyExpression()),
				settings.bindingName());
		this.orderingKeys = settings.orderingKeyExpression() == null ? null
				: new PartitionKeys(settings.orderingKeyExpression());
	}

	public void setRetryTemplate(RetryTemplate retryTemplate) {
		this.retryTemplate = retryTemplate;
	}

	public void setRecoverer(RecoveryCallback<?> recoverer) {
		this.recoverer = recoverer;
	}

	@Override
	public String getComponentType() {
		return "rstreams:inbound-channel-adapter";
	}

	@Override
	protected void doStart() {
		if (!signals.start()) {
			return;
		}
		state.starting();
		ReaderLoop started = newLoop();
		loop = started;
		threads.reader().execute(started);
	}

	private ReaderLoop newLoop() {
		BotStarter starter = new BotStarter(bot, connection, reader, queue, owner, settings, state, signals.wakeUp());
		DeliveryInvoker invoker = new DeliveryInvoker(
				new InboundMessages(queue, bot.botId(), settings.nativeDecoding()), settings, bot.botId(),
				this::sendMessage, retryTemplate, recoverer, counters, signals::requestRewind);
		Dispatcher dispatcher = settings.concurrency() > 1
				? new KeyedDispatcher(fanout, invoker, progress, settings.concurrency(), orderingKeys,
						threads.workers(), signals::running, settings.bindingName())
				: new SequentialDispatcher(fanout, invoker, progress, settings.batchMode(), signals::running);
		Poller poller = new Poller(reader, queue, settings, counters, connection.clock());
		LagMeter lag = new LagMeter(reader, queue, settings.lagInterval(), counters, connection.clock(),
				settings.bindingName());
		return new ReaderLoop(settings, signals, state, counters, starter, leases, progress, poller, lag, dispatcher,
				bot.botId(), queue);
	}

	/**
	 * Finishes the event in hand, flushes, checkpoints, all within the shutdown timeout;
	 * then interrupts.
	 */
	@Override
	protected void doStop() {
		if (!signals.stop()) {
			return;
		}
		ReaderLoop stopping = loop;
		try {
			if (!stopping.ended().await(settings.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("Binding '{}' did not finish its in-flight events within {}; interrupting it",
						settings.bindingName(), settings.shutdownTimeout());
				Thread thread = stopping.thread();
				if (thread != null) {
					thread.interrupt();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			leases.cancelRenewal();
		}
	}

	@Override
	public void pause() {
		signals.pause(true);
	}

	@Override
	public void resume() {
		signals.pause(false);
	}

	@Override
	public boolean isPaused() {
		return signals.paused();
	}

	@Override
	public BindingState state() {
		return state.shown(signals.paused());
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
	public String bindingName() {
		return settings.bindingName();
	}

	@Override
	public void moveCheckpoint(String eid) {
		EventId.parse(eid);
		signals.requestMove(eid);
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

	/** The failure in one line (see {@link Failures#describe}). */
	public static String describe(Throwable ex) {
		return Failures.describe(ex);
	}

	@Override
	public String toString() {
		return "RStreamsInboundChannelAdapter[binding=" + settings.bindingName() + ", bot=" + bot.botId() + ", queue="
				+ queue + "]";
	}

	StartPosition startPosition() {
		return bot.startPosition();
	}

}
