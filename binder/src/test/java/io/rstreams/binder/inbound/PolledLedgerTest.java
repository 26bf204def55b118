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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.binder.properties.CheckpointMode;
import io.rstreams.client.Event;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches the checkpoint from a polled consumer's acknowledgments: only the settled
 * run at the front, in eid order.
 */
class PolledLedgerTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	private ReadProgress progress;

	private PolledLedger ledger;

	@BeforeEach
	void startedAtTheBeginning() {
		progress = new ReadProgress(CheckpointPolicy.of(CheckpointMode.MANUAL, null, null), new BindingCounters(),
				CLOCK, "orders-in-0");
		progress.start(new ReadStart(null, "orders", ReadPosition.BEGINNING, null, false, null, null),
				new CheckpointTracker(null, null, null, "orders", null, null, CLOCK, Duration.ofMillis(50), null));
		ledger = new PolledLedger(progress);
	}

	private static String eid(int n) {
		return "z/2026/03/01/10/00/" + n + "-0";
	}

	private PolledLedger.Slot handOut(int n) {
		Event event = Event.builder().event("orders").eid(eid(n)).build();
		ReadPosition before = n == 1 ? ReadPosition.BEGINNING : ReadPosition.after(eid(n - 1));
		return ledger.delivered(new ReadEntry.Ok(event, 10), before, new ProcessingScope(List.of(event), false, null));
	}

	private String done() {
		return progress.tracker().done();
	}

	@Test
	void anAcknowledgmentAheadOfAnUnsettledMessageWaitsForIt() {
		PolledLedger.Slot first = handOut(1);
		ledger.deliveryEnded(first, false);
		PolledLedger.Slot second = handOut(2);
		ledger.deliveryEnded(second, false);
		ledger.acknowledged(second, false);
		assertThat(done()).isNull();

		ledger.acknowledged(first, true);

		assertThat(done()).isEqualTo(eid(2));
		assertThat(ledger.outstanding()).isZero();
	}

	@Test
	void anAcknowledgmentDuringTheDeliveryCountsWhenThePollReturns() {
		PolledLedger.Slot slot = handOut(1);
		assertThat(ProcessingScope.current()).isNotNull();
		ledger.acknowledged(slot, false);
		assertThat(done()).isNull();

		assertThat(ledger.deliveryEnded(slot, false)).isNull();

		assertThat(done()).isEqualTo(eid(1));
		assertThat(ProcessingScope.current()).isNull();
	}

	@Test
	void aRejectOfAFailedPollIsReadAgainNotSettled() {
		handOutAndAccept(1);
		PolledLedger.Slot failed = handOut(2);
		ledger.acknowledged(failed, true);

		assertThat(ledger.deliveryEnded(failed, true)).isEqualTo(ReadPosition.after(eid(1)));

		assertThat(done()).isEqualTo(eid(1));
		assertThat(ledger.outstanding()).isZero();
	}

	@Test
	void requeueForgetsTheMessageAndEverythingAfterIt() {
		handOutAndAccept(1);
		PolledLedger.Slot requeued = handOut(2);
		ledger.deliveryEnded(requeued, false);
		PolledLedger.Slot later = handOut(3);
		ledger.deliveryEnded(later, false);

		assertThat(ledger.requeue(requeued)).isEqualTo(ReadPosition.after(eid(1)));
		ledger.acknowledged(later, false);

		assertThat(later.dropped()).isTrue();
		assertThat(done()).isEqualTo(eid(1));
		assertThat(ledger.outstanding()).isZero();
	}

	private void handOutAndAccept(int n) {
		PolledLedger.Slot slot = handOut(n);
		ledger.deliveryEnded(slot, false);
		ledger.acknowledged(slot, false);
	}

}
