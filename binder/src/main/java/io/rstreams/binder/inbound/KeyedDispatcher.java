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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import io.rstreams.binder.status.Failures;
import io.rstreams.client.Event;
import io.rstreams.client.bot.FanoutHash;
import io.rstreams.client.read.ReadEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code concurrency > 1}: the poll's entries are spread over the workers by key (events
 * with the same key go to the same worker, in order); the binding then takes the longest
 * run of entries, in eid order, whose handling finished, and only that run moves the
 * position and the checkpoint. A failure stops its worker (later events of that key wait)
 * and is raised once the others finished: the binding goes on after the finished run.
 */
final class KeyedDispatcher implements Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(KeyedDispatcher.class);

	private final FanoutFilter fanout;

	private final DeliveryInvoker invoker;

	private final ReadProgress progress;

	private final int concurrency;

	private final PartitionKeys orderingKeys;

	private final Executor workers;

	private final BooleanSupplier running;

	private final String bindingName;

	/**
	 * @param orderingKeys the key that keeps events in order, or {@code null}: no order
	 * between events
	 */
	KeyedDispatcher(FanoutFilter fanout, DeliveryInvoker invoker, ReadProgress progress, int concurrency,
			PartitionKeys orderingKeys, Executor workers, BooleanSupplier running, String bindingName) {
		this.fanout = fanout;
		this.invoker = invoker;
		this.progress = progress;
		this.concurrency = concurrency;
		this.orderingKeys = orderingKeys;
		this.workers = workers;
		this.running = running;
		this.bindingName = bindingName;
	}

	@Override
	public void dispatch(List<ReadEntry> entries) {
		Outcome[] outcomes = new Outcome[entries.size()];
		List<List<Integer>> shares = new ArrayList<>();
		for (int w = 0; w < concurrency; w++) {
			shares.add(new ArrayList<>());
		}
		for (int i = 0; i < entries.size(); i++) {
			ReadEntry entry = entries.get(i);
			if (!fanout.mine(entry)) {
				outcomes[i] = new Outcome.NotMine();
				continue;
			}
			Object key = entry instanceof ReadEntry.Ok ok ? orderingKey(ok.event(), i) : entry.lastEid();
			shares.get(FanoutHash.instanceOf(key, concurrency)).add(i);
		}
		List<CompletableFuture<Void>> tasks = new ArrayList<>();
		for (List<Integer> share : shares) {
			if (!share.isEmpty()) {
				tasks.add(CompletableFuture.runAsync(() -> handle(entries, share, outcomes), workers));
			}
		}
		for (CompletableFuture<Void> task : tasks) {
			await(task);
		}
		commitCompletedPrefix(entries, outcomes, progress);
	}

	/**
	 * One worker's share, in eid order; after a failure the rest of the share waits for
	 * the next poll.
	 */
	private void handle(List<ReadEntry> entries, List<Integer> share, Outcome[] outcomes) {
		boolean failed = false;
		for (int i : share) {
			if (failed || !running.getAsBoolean()) {
				outcomes[i] = new Outcome.NotRun();
				continue;
			}
			try {
				ReadEntry entry = entries.get(i);
				if (entry instanceof ReadEntry.Ok ok) {
					outcomes[i] = new Outcome.Handled(invoker.process(List.of(ok), progress.tracker()));
				}
				else {
					invoker.recoverUndecodable((ReadEntry.Failed) entry);
					outcomes[i] = new Outcome.Undecodable();
				}
			}
			catch (RuntimeException ex) {
				outcomes[i] = new Outcome.Failed(ex);
				failed = true;
			}
		}
	}

	private static void await(CompletableFuture<Void> task) {
		try {
			task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the workers handled a poll", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Records the entries in eid order up to the first that did not finish: a failure
	 * there is raised, an entry not run ends the run quietly (it is read again).
	 */
	static void commitCompletedPrefix(List<ReadEntry> entries, Outcome[] outcomes, Committer committer) {
		for (int i = 0; i < entries.size(); i++) {
			ReadEntry entry = entries.get(i);
			Outcome outcome = outcomes[i];
			if (outcome instanceof Outcome.Handled handled) {
				committer.completed(List.of(((ReadEntry.Ok) entry).envelope()), handled.scope());
			}
			else if (outcome instanceof Outcome.NotMine) {
				committer.skipped(entry.lastEid(), 0);
			}
			else if (outcome instanceof Outcome.Undecodable) {
				committer.skipped(entry.lastEid(), ((ReadEntry.Failed) entry).error().units());
			}
			else if (outcome instanceof Outcome.Failed failed) {
				throw failed.error();
			}
			else {
				return;
			}
		}
	}

	private Object orderingKey(Event event, int index) {
		if (orderingKeys == null) {
			return index;
		}
		try {
			return orderingKeys.keyOf(event);
		}
		catch (RuntimeException ex) {
			log.warn("Binding '{}': the ordering key of {} could not be computed ({}); using its eid", bindingName,
					event.eid(), Failures.describe(ex));
			return event.eid();
		}
	}

}
