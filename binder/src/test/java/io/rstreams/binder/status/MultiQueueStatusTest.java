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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.client.read.ReadPosition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a binding of several queues is seen as one: the state and failure of its worst
 * queue, its counts added up, its lag the furthest behind, and acts on a named queue.
 */
class MultiQueueStatusTest {

	@Test
	void showsTheWorstQueueAndItsFailure() {
		QueueStub orders = new QueueStub("orders", BindingState.RUNNING);
		QueueStub returns = new QueueStub("returns", BindingState.BLOCKED);
		returns.error = new IllegalStateException("poison");
		returns.errorAt = Instant.parse("2026-01-01T00:00:00Z");
		returns.blockedSince = returns.errorAt;
		orders.error = new IllegalStateException("passed");
		orders.errorAt = Instant.parse("2026-01-02T00:00:00Z");
		MultiQueueBinding binding = binding(orders, returns);
		assertThat(binding.state()).isEqualTo(BindingState.BLOCKED);
		assertThat(binding.lastError()).hasMessage("poison");
		assertThat(binding.lastErrorAt()).isEqualTo(returns.errorAt);
		assertThat(binding.blockedSince()).isEqualTo(returns.errorAt);
		assertThat(binding.queue()).isEqualTo("orders,returns");
		assertThat(binding.queues()).containsOnlyKeys("orders", "returns");
		assertThat(binding.position()).isNull();
		assertThat(binding.checkpoint()).isNull();

		returns.state = BindingState.RUNNING;
		returns.blockedSince = null;
		assertThat(binding.state()).isEqualTo(BindingState.RUNNING);
		// no queue is failing: the latest failure of any
		assertThat(binding.lastError()).hasMessage("passed");
		assertThat(binding.blockedSince()).isNull();

		returns.state = BindingState.STANDBY;
		assertThat(binding.state()).isEqualTo(BindingState.STANDBY);
		orders.state = BindingState.STALE;
		assertThat(binding.state()).isEqualTo(BindingState.STALE);
	}

	@Test
	void addsUpTheCountsAndTakesTheLagOfTheQueueFurthestBehind() {
		QueueStub orders = new QueueStub("orders", BindingState.RUNNING);
		QueueStub returns = new QueueStub("returns", BindingState.RUNNING);
		orders.stats.read = 5;
		returns.stats.read = 3;
		orders.stats.lag = 10;
		returns.stats.lag = -1;
		orders.stats.sourceTimestamp = 2_000L;
		returns.stats.sourceTimestamp = 1_000L;
		BindingStats stats = binding(orders, returns).stats();
		assertThat(stats.eventsRead()).isEqualTo(8);
		assertThat(stats.lagEvents()).isEqualTo(10);
		assertThat(stats.lagExact()).isFalse();
		assertThat(stats.lagMillis(5_000)).isEqualTo(4_000);
		assertThat(stats.maxEid()).isNull();
		returns.stats.lag = 0;
		assertThat(binding(orders, returns).stats().lagExact()).isTrue();
		orders.stats.lag = -1;
		returns.stats.lag = -1;
		assertThat(binding(orders, returns).stats().lagEvents()).isEqualTo(-1);
	}

	@Test
	void movesTheNamedQueueAndPausesThemAll() {
		QueueStub orders = new QueueStub("orders", BindingState.RUNNING);
		QueueStub returns = new QueueStub("returns", BindingState.RUNNING);
		MultiQueueBinding binding = binding(orders, returns);
		assertThatThrownBy(() -> binding.moveCheckpoint("z/2026/")).hasMessageContaining("name the queue");
		assertThatThrownBy(() -> binding.moveCheckpoint("refunds", "z/2026/")).hasMessageContaining("not 'refunds'");
		binding.moveCheckpoint("queue:returns", "z/2026/");
		assertThat(returns.moves).containsExactly("z/2026/");
		assertThat(orders.moves).isEmpty();

		binding.pause();
		assertThat(binding.isPaused()).isTrue();
		orders.resume();
		assertThat(binding.isPaused()).isFalse();
		binding.resume();
		assertThat(returns.paused).isFalse();
		assertThat(binding.leaseHeld()).isTrue();
		returns.lease = false;
		assertThat(binding.leaseHeld()).isFalse();
	}

	@Test
	void aBindingOfOneQueueMovesOnlyThatQueue() {
		QueueStub orders = new QueueStub("orders", BindingState.RUNNING);
		orders.moveCheckpoint("queue:orders", "z/2026/");
		orders.moveCheckpoint(null, "z/2027/");
		assertThat(orders.moves).containsExactly("z/2026/", "z/2027/");
		assertThatThrownBy(() -> orders.moveCheckpoint("returns", "z/2026/")).hasMessageContaining("not 'returns'");
	}

	static MultiQueueBinding binding(QueueStub... queues) {
		Map<String, QueueStub> byQueue = new LinkedHashMap<>();
		for (QueueStub q : queues) {
			byQueue.put(q.queue, q);
		}
		return new MultiQueueBinding("audit-in-0", byQueue);
	}

	static final class QueueStub implements ConsumerBinding {

		final String queue;

		final StatsStub stats = new StatsStub();

		final List<String> moves = new ArrayList<>();

		BindingState state;

		Throwable error;

		Instant errorAt;

		Instant blockedSince;

		boolean paused;

		boolean lease = true;

		QueueStub(String queue, BindingState state) {
			this.queue = queue;
			this.state = state;
		}

		@Override
		public void moveCheckpoint(String eid) {
			moves.add(eid);
		}

		@Override
		public BindingState state() {
			return state;
		}

		@Override
		public Throwable lastError() {
			return error;
		}

		@Override
		public Instant lastErrorAt() {
			return errorAt;
		}

		@Override
		public Instant blockedSince() {
			return blockedSince;
		}

		@Override
		public BindingStats stats() {
			return stats;
		}

		@Override
		public boolean leaseHeld() {
			return lease;
		}

		@Override
		public String owner() {
			return "owner-" + queue;
		}

		@Override
		public ReadPosition position() {
			return null;
		}

		@Override
		public String checkpoint() {
			return null;
		}

		@Override
		public String botId() {
			return "audit-bot";
		}

		@Override
		public String queue() {
			return queue;
		}

		@Override
		public String bindingName() {
			return "audit-in-0";
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
		public void start() {
		}

		@Override
		public void stop() {
		}

		@Override
		public boolean isRunning() {
			return true;
		}

	}

	static final class StatsStub implements BindingStats {

		long read;

		long lag = -1;

		Long sourceTimestamp;

		@Override
		public long eventsRead() {
			return read;
		}

		@Override
		public long eventsHandled() {
			return read;
		}

		@Override
		public long eventsFailed() {
			return 0;
		}

		@Override
		public long checkpoints() {
			return 0;
		}

		@Override
		public long checkpointFailures() {
			return 0;
		}

		@Override
		public long polls() {
			return 0;
		}

		@Override
		public long leaseAcquisitions() {
			return 0;
		}

		@Override
		public long leaseLosses() {
			return 0;
		}

		@Override
		public String maxEid() {
			return "z/2026/";
		}

		@Override
		public Long lastSourceTimestamp() {
			return sourceTimestamp;
		}

		@Override
		public long lastCheckpointAt() {
			return 0;
		}

		@Override
		public long lagEvents() {
			return lag;
		}

		@Override
		public boolean lagExact() {
			return true;
		}

		@Override
		public long lastReadAt() {
			return 0;
		}

	}

}
