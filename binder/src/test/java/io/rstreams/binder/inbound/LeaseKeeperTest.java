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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.client.leocron.BotLease;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two readers of one bot on a local bus's LeoCron, with a clock and a scheduler moved by
 * hand.
 */
class LeaseKeeperTest {

	private static final Duration LEASE = Duration.ofSeconds(30);

	private final LocalBus bus = LocalBus.start();

	private final MutableClock clock = new MutableClock(Instant.now());

	private final FakeScheduler scheduler = new FakeScheduler();

	private final AtomicInteger losses = new AtomicInteger();

	@AfterEach
	void close() {
		bus.close();
	}

	private LeaseKeeper keeper(String owner, BindingCounters counters) {
		LeaseKeeper keeper = new LeaseKeeper(scheduler, LEASE.dividedBy(3), counters,
				new ReaderState(Clock.systemUTC()), losses::incrementAndGet, "reader-in-0", "lease-bot", "orders",
				owner);
		keeper.use(new BotLease(bus.dynamo(), bus.config(), "lease-bot", "queue:orders", owner, LEASE, clock,
				Duration.ofSeconds(5)));
		return keeper;
	}

	@Test
	void oneReaderHoldsTheLeaseAndRenewsItWhileTheOtherStandsBy() {
		BindingCounters counters = new BindingCounters();
		LeaseKeeper first = keeper("first", counters);
		LeaseKeeper second = keeper("second", new BindingCounters());
		assertThat(first.held()).isFalse();
		assertThat(first.tryAcquire()).isTrue();
		assertThat(first.held()).isTrue();
		assertThat(counters.leaseAcquisitions()).isEqualTo(1);
		assertThat(scheduler.active()).isEqualTo(1);
		assertThat(second.tryAcquire()).isFalse();
		assertThat(second.held()).isFalse();
		clock.advance(LEASE.dividedBy(2));
		scheduler.runAll();
		clock.advance(LEASE.dividedBy(2));
		assertThat(second.tryAcquire()).as("renewed, so still the first reader's").isFalse();
		assertThat(first.held()).isTrue();
		assertThat(losses).hasValue(0);
	}

	@Test
	void aLeaseThatExpiredIsTakenAndItsRenewalReportsTheLoss() {
		BindingCounters counters = new BindingCounters();
		LeaseKeeper first = keeper("first", counters);
		LeaseKeeper second = keeper("second", new BindingCounters());
		assertThat(first.tryAcquire()).isTrue();
		clock.advance(LEASE.plusSeconds(1));
		assertThat(second.tryAcquire()).isTrue();
		scheduler.tasks.get(0).work.run();
		assertThat(losses).hasValue(1);
		first.lost();
		assertThat(first.held()).isFalse();
		assertThat(counters.leaseLosses()).isEqualTo(1);
		assertThat(scheduler.tasks.get(0).isCancelled()).isTrue();
	}

	@Test
	void aReleasedLeaseIsTakenAtOnce() {
		LeaseKeeper first = keeper("first", new BindingCounters());
		LeaseKeeper second = keeper("second", new BindingCounters());
		assertThat(first.tryAcquire()).isTrue();
		first.release();
		assertThat(first.held()).isFalse();
		assertThat(scheduler.tasks.get(0).isCancelled()).isTrue();
		assertThat(second.tryAcquire()).isTrue();
	}

	@Test
	void withoutALeaseEveryReaderMayRead() {
		LeaseKeeper keeper = new LeaseKeeper(scheduler, LEASE, new BindingCounters(),
				new ReaderState(Clock.systemUTC()), () -> {
				}, "reader-in-0", null, "orders", "me");
		assertThat(keeper.required()).isFalse();
		assertThat(keeper.held()).isTrue();
		keeper.release();
	}

}
