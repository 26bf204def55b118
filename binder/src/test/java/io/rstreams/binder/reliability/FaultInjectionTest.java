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
import io.rstreams.binder.observability.RStreamsBinderHealthIndicator;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.faults.Fault;
import io.rstreams.localbus.faults.FaultInjector;
import io.rstreams.localbus.faults.FaultRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * One fault at a time between a {@code Function} bot and the bus, each test asserting the
 * contract: no input without an output, outputs carrying their input's correlation and
 * {@code event_source_timestamp}, the checkpoint at the last input, and the binding back
 * to {@code RUNNING} by itself once the fault is gone.
 */
class FaultInjectionTest {

	private static final Logger log = LoggerFactory.getLogger(FaultInjectionTest.class);

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
	void aCheckpointWhoseResponseWasLostDoesNotMakeTheBindingStale() {
		try (FaultInjector faults = new FaultInjector(11); RelayBot bot = RelayBot.start(bus, faults, "lostcp")) {
			List<Event> inputs = Relays.writeInputs(bus, bot, 0, 1_000);
			// applied by DynamoDB, response lost: the SDK's retry then fails the
			// condition the first attempt met
			FaultRule lost = faults.add(FaultRule.count("DynamoDB.UpdateItem", Fault.RESET_AFTER, 8));
			Duration took = Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(60));
			assertThat(lost.injected()).isEqualTo(8);
			RelayVerdict verdict = RelayVerdict.of(bus, bot, inputs);
			log.info("Lost checkpoint responses: {} faults, {} in {} ms", lost.injected(), verdict, took.toMillis());
			assertThat(verdict.lost()).isEmpty();
			assertThat(verdict.mismatched()).isEmpty();
			assertThat(bot.binding().stats().checkpoints()).isPositive();
		}
	}

	@Test
	void outputsTheWriterGaveUpOnAreHandledAgainNeverCheckpointedPast() {
		try (FaultInjector faults = new FaultInjector(12); RelayBot bot = RelayBot.start(bus, faults, "gaveup")) {
			// longer than the writer's ten attempts (about one second of Fibonacci
			// back-off)
			faults.add(FaultRule.always("Kinesis.PutRecords", Fault.SERVER_ERROR).during(Duration.ofSeconds(4)));
			List<Event> inputs = Relays.writeInputs(bus, bot, 0, 2_000);
			Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(90));
			RelayVerdict verdict = RelayVerdict.of(bus, bot, inputs);
			log.info("Writer gave up during a 4 s outage: {}", verdict);
			assertThat(verdict.lost()).isEmpty();
			assertThat(verdict.mismatched()).isEmpty();
			assertThat(faults.injected().get("Kinesis.PutRecords SERVER_ERROR")).isGreaterThan(10);
		}
	}

	@Test
	void recordModeNeverCheckpointsPastAFailedOutput() {
		try (FaultInjector faults = new FaultInjector(13);
				RelayBot bot = RelayBot.start(bus, faults, "recmode",
						"spring.cloud.stream.rstreams.default.consumer.checkpoint-mode=record")) {
			faults.add(FaultRule.always("Kinesis.PutRecords", Fault.SERVER_ERROR).during(Duration.ofSeconds(3)));
			List<Event> inputs = Relays.writeInputs(bus, bot, 0, 300);
			Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(90));
			RelayVerdict verdict = RelayVerdict.of(bus, bot, inputs);
			log.info("Record mode, writer gave up: {}", verdict);
			assertThat(verdict.lost()).isEmpty();
			assertThat(verdict.mismatched()).isEmpty();
		}
	}

	@Test
	void accessDeniedOnPutRecordsBlocksWithoutCheckpointingThenResumesWhenGranted() {
		try (FaultInjector faults = new FaultInjector(14); RelayBot bot = RelayBot.start(bus, faults, "denied")) {
			FaultRule denied = faults.add(FaultRule.always("Kinesis.PutRecords", Fault.ACCESS_DENIED));
			List<Event> inputs = Relays.writeInputs(bus, bot, 0, 500);
			RStreamsBinderHealthIndicator health = new RStreamsBinderHealthIndicator(Bindings.binder(bot.context()));
			// the lag is measured right after the binding blocks
			await().atMost(Duration.ofSeconds(30))
				.until(() -> bot.binding().state() == BindingState.BLOCKED
						&& health.health().getStatus().equals(Status.DOWN)
						&& bindingDetails(health.health()).get("lagEvents") != null);
			Map<String, Object> details = bindingDetails(health.health());
			assertThat(details.get("state")).isEqualTo("BLOCKED");
			assertThat(String.valueOf(details.get("blocked"))).contains("PutRecords")
				.contains("access denied")
				.contains("kinesis:PutRecords")
				.contains("transient=false");
			assertThat(details.get("lagEvents")).isNotNull();
			// nothing was written, so nothing may be checkpointed
			assertThat(LocalBusSupport.checkpoint(bus, bot.botId(), bot.inputQueue())).isNull();
			assertThat(LocalBusSupport.readAll(bus, bot.outputQueue())).isEmpty();
			denied.disable();
			Duration recovery = Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(60));
			RelayVerdict verdict = RelayVerdict.of(bus, bot, inputs);
			log.info("Access denied then granted: {}, recovered in {} ms", verdict, recovery.toMillis());
			assertThat(verdict.lost()).isEmpty();
			assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		}
	}

	@Test
	void healthAnswersAtOnceWhileACheckpointWaitsForTheBus() {
		try (FaultInjector faults = new FaultInjector(15); RelayBot bot = RelayBot.start(bus, faults, "slowbus")) {
			faults.add(FaultRule.always("Kinesis.PutRecords", Fault.TIMEOUT)
				.delay(Duration.ofSeconds(6))
				.during(Duration.ofSeconds(8)));
			List<Event> inputs = Relays.writeInputs(bus, bot, 0, 200);
			RStreamsBinderHealthIndicator health = new RStreamsBinderHealthIndicator(Bindings.binder(bot.context()));
			await().atMost(Duration.ofSeconds(10)).until(() -> bot.binding().stats().eventsRead() > 0);
			for (int i = 0; i < 5; i++) {
				long started = System.nanoTime();
				health.health();
				long millis = (System.nanoTime() - started) / 1_000_000;
				// a bound on blocking, not a performance figure: the checkpoint in
				// progress waits for seconds
				assertThat(millis).as("health call %d took %d ms", i, millis).isLessThan(1_000);
			}
			Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(60));
			assertThat(RelayVerdict.of(bus, bot, inputs).lost()).isEmpty();
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> bindingDetails(Health health) {
		Map<String, Object> bindings = (Map<String, Object>) health.getDetails().get("bindings");
		return (Map<String, Object>) bindings.values().iterator().next();
	}

}
