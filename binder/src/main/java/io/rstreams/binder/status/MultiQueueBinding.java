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
package io.rstreams.binder.status;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

import io.rstreams.client.QueueRef;
import io.rstreams.client.read.ReadPosition;

/**
 * A consumer binding of several queues ({@code destination: orders,returns}) seen as one:
 * each queue has its own reader, lease, position and checkpoint ({@link #queues()}), and
 * the binding shows the state of its worst queue, so that one queue blocked on an event
 * is seen although the others read on. Pausing and resuming apply to every queue; a
 * checkpoint is moved on a named queue, as no eid is a position in two queues.
 */
public final class MultiQueueBinding implements ConsumerBinding {

	/** From the state that most needs someone to look, to the least. */
	private static final List<BindingState> SEVERITY = List.of(BindingState.FAILED, BindingState.STALE,
			BindingState.BLOCKED, BindingState.STANDBY, BindingState.STARTING, BindingState.PAUSED,
			BindingState.RUNNING, BindingState.STOPPED);

	private final String bindingName;

	private final Map<String, ConsumerBinding> readers;

	/**
	 * @param readers the binding's reader of each queue, by queue id, in the order shown
	 */
	public MultiQueueBinding(String bindingName, Map<String, ? extends ConsumerBinding> readers) {
		this.bindingName = bindingName;
		this.readers = new LinkedHashMap<>(readers);
	}

	@Override
	public Map<String, BindingStatus> queues() {
		return new LinkedHashMap<>(readers);
	}

	@Override
	public BindingState state() {
		return worst().state();
	}

	/** The queue whose state is the most severe (the first of them in order). */
	private ConsumerBinding worst() {
		return readers.values()
			.stream()
			.min(Comparator.comparingInt(r -> SEVERITY.indexOf(r.state())))
			.orElseThrow(() -> new IllegalStateException("Binding '" + bindingName + "' reads no queue"));
	}

	/**
	 * The worst queue's failure; when it has none, the latest failure of any queue.
	 */
	@Override
	public Throwable lastError() {
		ConsumerBinding worst = worst();
		return worst.lastError() != null ? worst.lastError()
				: latestFailing().map(BindingStatus::lastError).orElse(null);
	}

	@Override
	public Instant lastErrorAt() {
		ConsumerBinding worst = worst();
		return worst.lastError() != null ? worst.lastErrorAt()
				: latestFailing().map(BindingStatus::lastErrorAt).orElse(null);
	}

	private Optional<ConsumerBinding> latestFailing() {
		return readers.values()
			.stream()
			.filter(r -> r.lastErrorAt() != null)
			.max(Comparator.comparing(BindingStatus::lastErrorAt));
	}

	/** Since when the longest-blocked queue has not advanced. */
	@Override
	public Instant blockedSince() {
		return readers.values()
			.stream()
			.map(BindingStatus::blockedSince)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	@Override
	public BindingStats stats() {
		return new SummedStats(readers.values().stream().map(BindingStatus::stats).toList());
	}

	/** Whether this instance holds the lease of every queue. */
	@Override
	public boolean leaseHeld() {
		return readers.values().stream().allMatch(BindingStatus::leaseHeld);
	}

	/** Each queue's reader has its own identity in its lease: all of them. */
	@Override
	public String owner() {
		return String.join(",", readers.values().stream().map(BindingStatus::owner).distinct().toList());
	}

	/** None: each queue has its own ({@link #queues()}). */
	@Override
	public ReadPosition position() {
		return null;
	}

	/** None: each queue has its own ({@link #queues()}). */
	@Override
	public String checkpoint() {
		return null;
	}

	@Override
	public String botId() {
		return readers.values().iterator().next().botId();
	}

	@Override
	public String queue() {
		return String.join(",", readers.keySet());
	}

	@Override
	public String bindingName() {
		return bindingName;
	}

	@Override
	public void moveCheckpoint(String eid) {
		throw new IllegalArgumentException("Binding '" + bindingName + "' reads queues " + readers.keySet()
				+ ": name the queue whose checkpoint to move");
	}

	@Override
	public void moveCheckpoint(String queue, String eid) {
		if (queue == null) {
			moveCheckpoint(eid);
			return;
		}
		ConsumerBinding reader = readers.get(QueueRef.parse(queue).queueId());
		if (reader == null) {
			throw new IllegalArgumentException(
					"Binding '" + bindingName + "' reads queues " + readers.keySet() + ", not '" + queue + "'");
		}
		reader.moveCheckpoint(eid);
	}

	@Override
	public void start() {
		readers.values().forEach(ConsumerBinding::start);
	}

	@Override
	public void stop() {
		readers.values().forEach(ConsumerBinding::stop);
	}

	/** Whether any of its queues is being read. */
	@Override
	public boolean isRunning() {
		return readers.values().stream().anyMatch(ConsumerBinding::isRunning);
	}

	@Override
	public void pause() {
		readers.values().forEach(ConsumerBinding::pause);
	}

	@Override
	public void resume() {
		readers.values().forEach(ConsumerBinding::resume);
	}

	@Override
	public boolean isPaused() {
		return readers.values().stream().allMatch(ConsumerBinding::isPaused);
	}

	@Override
	public String toString() {
		return "MultiQueueBinding[binding=" + bindingName + ", queues=" + readers.keySet() + "]";
	}

	/**
	 * The counts of all queues added up; the lag of the queue furthest behind. No single
	 * {@code max_eid}: each queue has its own.
	 */
	private record SummedStats(Collection<BindingStats> queues) implements BindingStats {

		private long sum(ToLongFunction<BindingStats> count) {
			return queues.stream().mapToLong(count).sum();
		}

		private long max(ToLongFunction<BindingStats> value) {
			return queues.stream().mapToLong(value).max().orElse(0);
		}

		@Override
		public long eventsRead() {
			return sum(BindingStats::eventsRead);
		}

		@Override
		public long eventsHandled() {
			return sum(BindingStats::eventsHandled);
		}

		@Override
		public long eventsFailed() {
			return sum(BindingStats::eventsFailed);
		}

		@Override
		public long checkpoints() {
			return sum(BindingStats::checkpoints);
		}

		@Override
		public long checkpointFailures() {
			return sum(BindingStats::checkpointFailures);
		}

		@Override
		public long polls() {
			return sum(BindingStats::polls);
		}

		@Override
		public long leaseAcquisitions() {
			return sum(BindingStats::leaseAcquisitions);
		}

		@Override
		public long leaseLosses() {
			return sum(BindingStats::leaseLosses);
		}

		@Override
		public String maxEid() {
			return null;
		}

		/** The oldest, so that the binding's time lag is its slowest queue's. */
		@Override
		public Long lastSourceTimestamp() {
			return queues.stream()
				.map(BindingStats::lastSourceTimestamp)
				.filter(Objects::nonNull)
				.min(Comparator.naturalOrder())
				.orElse(null);
		}

		@Override
		public long lastCheckpointAt() {
			return max(BindingStats::lastCheckpointAt);
		}

		/** Added up over the queues measured; -1 before any was. */
		@Override
		public long lagEvents() {
			return queues.stream().allMatch(q -> q.lagEvents() < 0) ? -1
					: queues.stream().mapToLong(q -> Math.max(0, q.lagEvents())).sum();
		}

		@Override
		public boolean lagExact() {
			return queues.stream().allMatch(q -> q.lagEvents() >= 0 && q.lagExact());
		}

		@Override
		public long lastReadAt() {
			return max(BindingStats::lastReadAt);
		}

	}

}
