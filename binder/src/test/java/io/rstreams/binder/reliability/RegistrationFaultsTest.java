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
package io.rstreams.binder.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.rstreams.binder.Bindings;
import io.rstreams.binder.LocalBusSupport;
import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import io.rstreams.binder.observability.RStreamsBinderHealthIndicator;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.faults.Fault;
import io.rstreams.localbus.faults.FaultInjector;
import io.rstreams.localbus.faults.FaultRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Faults before a binding reads its first event: its bot registration in LeoCron (one
 * UpdateItem, then one for the trigger) and the resolution of its start position (one
 * BatchGetItem of LeoCron and LeoEvent). While they fail the binding is {@code BLOCKED},
 * says why, and retries; once the bus answers it reads by itself and loses nothing.
 */
class RegistrationFaultsTest {

	static LocalBus bus;

	@BeforeAll
	static void startBus() {
		bus = LocalBus.start();
	}

	@AfterAll
	static void stopBus() {
		bus.close();
	}

	@Test
	void aRegistrationThatFailsBlocksTheBindingNamingLeoCronUntilTheBusAnswers() {
		try (FaultInjector faults = new FaultInjector(21)) {
			FaultRule down = faults.add(FaultRule.always("DynamoDB.UpdateItem", Fault.SERVER_ERROR));
			try (RelayBot bot = RelayBot.start(bus, faults, "regfail")) {
				List<Event> inputs = Relays.writeInputs(bus, bot, 0, 300);
				RStreamsBinderHealthIndicator health = new RStreamsBinderHealthIndicator(
						Bindings.binder(bot.context()));
				RStreamsInboundChannelAdapter binding = bot.binding();
				await().atMost(Duration.ofSeconds(30)).until(() -> binding.lastError() != null);
				assertThat(binding.state()).isEqualTo(BindingState.BLOCKED);
				assertThat(RStreamsInboundChannelAdapter.describe(binding.lastError()))
					.contains("Registering bot 'regfail-bot' in LeoCron");
				assertBlockedInHealth(health, "Registering bot 'regfail-bot' in LeoCron");
				assertThat(LocalBusSupport.checkpoint(bus, bot.botId(), bot.inputQueue())).isNull();
				assertThat(LocalBusSupport.readAll(bus, bot.outputQueue())).isEmpty();

				down.disable();
				Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(60));
				RelayVerdict verdict = RelayVerdict.of(bus, bot, inputs);
				assertThat(verdict.lost()).isEmpty();
				assertThat(verdict.mismatched()).isEmpty();
				assertThat(LocalBusSupport.bot(bus, bot.botId())).containsKey("triggers");
				assertThat(binding.blockedSince()).isNull();
				// it never held the lease while registering: taking it afterwards is not
				// losing it
				assertThat(binding.stats().leaseLosses()).isZero();
				assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			}
		}
	}

	@Test
	void aStartPositionThatCannotBeResolvedYetIsRetriedNotFailed() {
		try (FaultInjector faults = new FaultInjector(22)) {
			FaultRule down = faults.add(FaultRule.always("DynamoDB.BatchGetItem", Fault.SERVER_ERROR));
			try (RelayBot bot = RelayBot.start(bus, faults, "startfail")) {
				List<Event> inputs = Relays.writeInputs(bus, bot, 0, 300);
				RStreamsBinderHealthIndicator health = new RStreamsBinderHealthIndicator(
						Bindings.binder(bot.context()));
				RStreamsInboundChannelAdapter binding = bot.binding();
				await().atMost(Duration.ofSeconds(30)).until(() -> binding.lastError() != null);
				assertThat(binding.state()).isEqualTo(BindingState.BLOCKED);
				assertThat(RStreamsInboundChannelAdapter.describe(binding.lastError()))
					.contains("BatchGetItem LeoCron");
				assertBlockedInHealth(health, "BatchGetItem LeoCron");
				// it goes on trying (rather than giving up after the first failure), and
				// stays BLOCKED meanwhile
				long failed = down.injected();
				await().atMost(Duration.ofSeconds(30)).until(() -> down.injected() > failed);
				assertThat(binding.state()).isEqualTo(BindingState.BLOCKED);

				down.disable();
				Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(60));
				RelayVerdict verdict = RelayVerdict.of(bus, bot, inputs);
				assertThat(verdict.lost()).isEmpty();
				assertThat(verdict.mismatched()).isEmpty();
				assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			}
		}
	}

	@Test
	void aFewFailedStartResolutionsCostOnlyTime() {
		try (FaultInjector faults = new FaultInjector(23)) {
			// more than the SDK's own attempts of one call, so that the binding has to
			// try again itself
			FaultRule few = faults.add(FaultRule.count("DynamoDB.BatchGetItem", Fault.SERVER_ERROR, 25));
			try (RelayBot bot = RelayBot.start(bus, faults, "startfew")) {
				List<Event> inputs = Relays.writeInputs(bus, bot, 0, 300);
				Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(90));
				assertThat(few.injected()).isEqualTo(25);
				assertThat(bot.binding().lastError()).isNotNull();
				assertThat(RelayVerdict.of(bus, bot, inputs).lost()).isEmpty();
			}
		}
	}

	/**
	 * Health shows the binding BLOCKED on a transient fault: UP, with where, since when
	 * and why.
	 */
	private static void assertBlockedInHealth(RStreamsBinderHealthIndicator indicator, String reason) {
		Health health = indicator.health();
		Map<String, Object> details = FaultInjectionTest.bindingDetails(health);
		assertThat(details.get("state")).isEqualTo("BLOCKED");
		assertThat(String.valueOf(details.get("lastError"))).contains(reason);
		assertThat(details.get("lastErrorAt")).isNotNull();
		@SuppressWarnings("unchecked")
		Map<String, Object> blocked = (Map<String, Object>) details.get("blocked");
		assertThat(blocked).isNotNull().containsKey("at");
		assertThat(blocked.get("since")).isNotNull();
		assertThat(String.valueOf(blocked.get("reason"))).contains(reason);
		assertThat(blocked.get("transient")).isEqualTo(true);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
	}

}
