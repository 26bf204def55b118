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

import java.time.Duration;
import java.util.List;

import io.rstreams.binder.LocalBusSupport;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusOptions;
import io.rstreams.localbus.faults.Fault;
import io.rstreams.localbus.faults.FaultInjector;
import io.rstreams.localbus.faults.FaultMix;
import io.rstreams.localbus.faults.FaultRule;
import io.rstreams.localbus.processor.ProcessorSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faults by the thousand: a random mix on every operation, a long Kinesis outage, lost
 * {@code PutRecords} responses, and S3 bodies cut short. Each run logs its figures (the
 * README's Reliability section quotes them) and asserts no input without an output,
 * correct correlations and timestamps, duplicates within the stated bound, the checkpoint
 * at the last input and the binding back to {@code RUNNING}.
 */
class ChaosTest {

	private static final Logger log = LoggerFactory.getLogger(ChaosTest.class);

	/** Inputs per poll: after a fault, at most the poll in hand is handled again. */
	private static final int BATCH = 100;

	static LocalBus bus;

	/**
	 * A bus whose processor stores every block as an S3 file, so that reads stream S3
	 * objects.
	 */
	static LocalBus s3Bus;

	@BeforeAll
	static void startBuses() {
		bus = LocalBus.start();
		s3Bus = LocalBus.start(LocalBusOptions.defaults()
			.withName("S3Bus")
			.withProcessor(ProcessorSettings.defaults().withS3Mode(ProcessorSettings.S3Mode.ALWAYS)));
	}

	@AfterAll
	static void stopBuses() {
		bus.close();
		s3Bus.close();
	}

	@Test
	void aRandomMixOfFaultsOnEveryOperation() {
		List<String> injected = mix(bus, "mix", 10_000);
		assertThat(injected).anyMatch(k -> k.startsWith("DynamoDB.Query "))
			.anyMatch(k -> k.startsWith("DynamoDB.GetItem "))
			.anyMatch(k -> k.startsWith("DynamoDB.UpdateItem "))
			.anyMatch(k -> k.startsWith("Kinesis.PutRecords "));
	}

	@Test
	void aRandomMixOfFaultsOnEveryOperationWithEventsInS3Files() {
		List<String> injected = mix(s3Bus, "mixs3", 5_000);
		assertThat(injected).anyMatch(k -> k.startsWith("S3.GetObject "));
	}

	/**
	 * Runs the relay under a 16% fault mix; returns the operation/fault pairs injected.
	 */
	private List<String> mix(LocalBus on, String name, int count) {
		try (FaultInjector faults = new FaultInjector(20261201)) {
			// a read stays open across polls, so reads are a few calls per catch-up: they
			// get rules of their own, or a run could pass without a failed read
			faults.add(FaultRule.count("DynamoDB.Query", Fault.RESET_AFTER, 1));
			faults.add(FaultRule.count("S3.GetObject", Fault.TRUNCATE, 1));
			faults.add(FaultRule.rate("DynamoDB.Query", Fault.SERVER_ERROR, 0.2));
			faults.add(FaultRule.rate("S3.GetObject", Fault.RESET_AFTER, 0.2));
			// 16% of all calls fail, before the bot starts: registration, lease, reads,
			// checkpoints and writes
			FaultMix.onEveryCall(faults);
			try (RelayBot bot = RelayBot.start(on, faults, name)) {
				List<Event> inputs = Relays.writeInputs(on, bot, 0, count);
				Duration took = Relays.awaitCaughtUp(on, bot, inputs, Duration.ofSeconds(240));
				RelayVerdict verdict = RelayVerdict.of(on, bot, inputs);
				double share = (double) faults.injectedTotal() / faults.callsTotal();
				log.info("Fault mix on {} (seed {}): {} calls, {} faults ({}%), {}; caught up in {} ms; injected {}",
						on.config().leoStream(), faults.seed(), faults.callsTotal(), faults.injectedTotal(),
						Math.round(share * 1000) / 10.0, verdict, took.toMillis(), faults.injected());
				assertThat(share).isGreaterThanOrEqualTo(FaultMix.minimumShare(faults.callsTotal()));
				assertContract(verdict, faults);
				return List.copyOf(faults.injected().keySet());
			}
		}
	}

	@Test
	void aKinesisOutageOf25Seconds() {
		try (FaultInjector faults = new FaultInjector(25); RelayBot bot = RelayBot.start(bus, faults, "outage")) {
			FaultRule outage = faults
				.add(FaultRule.always("Kinesis.PutRecords", Fault.SERVER_ERROR).during(Duration.ofSeconds(25)));
			long started = System.nanoTime();
			List<Event> inputs = Relays.writeInputs(bus, bot, 0, 2_000);
			Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(120));
			long recovered = Duration.ofNanos(System.nanoTime() - started).toMillis() - 25_000;
			RelayVerdict verdict = RelayVerdict.of(bus, bot, inputs);
			log.info("Kinesis outage of 25 s: {} PutRecords refused, {}; caught up {} ms after the outage ended",
					outage.injected(), verdict, recovered);
			assertThat(outage.injected()).isGreaterThan(20);
			assertContract(verdict, faults);
		}
	}

	@Test
	void lostPutRecordsResponses() {
		try (FaultInjector faults = new FaultInjector(26); RelayBot bot = RelayBot.start(bus, faults, "lostput")) {
			FaultRule lost = faults.add(FaultRule.rate("Kinesis.PutRecords", Fault.RESET_AFTER, 0.3));
			List<Event> inputs = Relays.writeInputs(bus, bot, 0, 3_000);
			Relays.awaitCaughtUp(bus, bot, inputs, Duration.ofSeconds(120));
			RelayVerdict verdict = RelayVerdict.of(bus, bot, inputs);
			log.info("Lost PutRecords responses: {} lost, {}", lost.injected(), verdict);
			assertThat(lost.injected()).isPositive();
			// a record whose response was lost is sent again: its events are stored twice
			assertThat(verdict.duplicates()).isPositive();
			assertContract(verdict, faults);
		}
	}

	@Test
	void truncatedS3BodiesWithoutADeadLetterQueue() {
		truncatedS3Bodies("cut", false);
	}

	@Test
	void truncatedS3BodiesWithADeadLetterQueue() {
		truncatedS3Bodies("cutdlq", true);
	}

	private void truncatedS3Bodies(String name, boolean dlq) {
		try (FaultInjector faults = new FaultInjector(27);
				RelayBot bot = RelayBot.start(s3Bus, faults, name,
						"spring.cloud.stream.bindings.relay-in-0.consumer.max-attempts=1",
						"spring.cloud.stream.rstreams.default.consumer.enable-dlq=" + dlq)) {
			// the first bodies are cut for sure: a read stays open across polls, so a
			// catch-up makes only a few GetObject calls
			FaultRule first = faults.add(FaultRule.count("S3.GetObject", Fault.TRUNCATE, 3));
			FaultRule cut = faults.add(FaultRule.rate("S3.GetObject", Fault.TRUNCATE, 0.5));
			List<Event> inputs = Relays.writeInputs(s3Bus, bot, 0, 2_000);
			Relays.awaitCaughtUp(s3Bus, bot, inputs, Duration.ofSeconds(120));
			RelayVerdict verdict = RelayVerdict.of(s3Bus, bot, inputs);
			List<Event> deadLettered = LocalBusSupport.readAll(s3Bus, "error." + bot.inputQueue() + "." + bot.botId());
			log.info("Truncated S3 bodies ({} DLQ): {} cut, {}, {} dead-lettered", dlq ? "with" : "without",
					first.injected() + cut.injected(), verdict, deadLettered.size());
			assertThat(first.injected()).isEqualTo(3);
			assertThat(deadLettered).as("a read that failed is not corrupt data").isEmpty();
			assertContract(verdict, faults);
		}
	}

	private static void assertContract(RelayVerdict verdict, FaultInjector faults) {
		assertThat(verdict.lost()).as("inputs without an output").isEmpty();
		assertThat(verdict.mismatched()).as("outputs whose correlation, timestamp or payload differ").isEmpty();
		// the stated bound: a fault makes the binding handle again at most the poll in
		// hand (its outputs are written
		// again), or makes the writer send again one PutRecords, which holds at most that
		// poll's outputs
		assertThat((long) verdict.duplicates()).isLessThanOrEqualTo(faults.injectedTotal() * 2 * BATCH);
	}

}
