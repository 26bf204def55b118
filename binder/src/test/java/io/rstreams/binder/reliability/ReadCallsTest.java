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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rstreams.binder.LocalBusSupport;
import io.rstreams.client.Event;
import io.rstreams.localbus.LocalBus;
import io.rstreams.localbus.LocalBusOptions;
import io.rstreams.localbus.faults.FaultInjector;
import io.rstreams.localbus.processor.ProcessorSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A binding keeps its read open across polls: each LeoStream page and each S3 events file
 * is fetched once however many polls it takes to hand it out, and LeoEvent is read once
 * per catch-up rather than once per poll. Counted on the wire (the fault injector with no
 * rules counts every call), so a regression to a read per poll fails here.
 */
class ReadCallsTest {

	private static final int EVENTS = 3_000;

	private static final int BATCH = 100;

	static LocalBus s3Bus;

	@BeforeAll
	static void startBus() {
		s3Bus = LocalBus.start(LocalBusOptions.defaults()
			.withName("ReadCallsBus")
			.withProcessor(ProcessorSettings.defaults().withS3Mode(ProcessorSettings.S3Mode.ALWAYS)));
	}

	@AfterAll
	static void stopBus() {
		s3Bus.close();
	}

	@Test
	void eachPageAndEachS3FileIsFetchedOnceAcrossPolls() {
		// all stored before the bot starts: one catch-up, so the counts do not depend on
		// how the writes and the polls interleave
		List<String> payloads = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			payloads.add("{\"n\":" + i + "}");
		}
		LocalBusSupport.write(s3Bus, "economy-in", "economy-source", payloads, 1_700_000_000_000L);
		List<Event> inputs = LocalBusSupport.readAll(s3Bus, "economy-in");
		try (FaultInjector calls = new FaultInjector(1)) {
			RelayBot bot = RelayBot.start(s3Bus, calls, "economy",
					"spring.cloud.stream.rstreams.default.consumer.batch-size=" + BATCH);
			try (bot) {
				Relays.awaitCaughtUp(s3Bus, bot, inputs, Duration.ofSeconds(60));
				RelayVerdict verdict = RelayVerdict.of(s3Bus, bot, inputs);
				assertThat(verdict.lost()).isEmpty();
				int files = storedBlocks(bot.inputQueue());
				Map<String, Long> counted = calls.calls();
				long polls = EVENTS / BATCH;
				assertThat(files).as("S3 files of the input queue").isPositive().isLessThan((int) polls / 2);
				assertThat(counted.getOrDefault("S3.GetObject", 0L)).as("GetObject calls, %d files", files)
					.isLessThanOrEqualTo(files + 2L);
				assertThat(counted.getOrDefault("DynamoDB.Query", 0L)).as("LeoStream queries for %d polls", polls)
					.isLessThan(polls / 2);
			}
		}
	}

	private static int storedBlocks(String queue) {
		return s3Bus.dynamo()
			.query(QueryRequest.builder()
				.tableName(s3Bus.config().leoStream())
				.keyConditionExpression("#e = :q")
				.expressionAttributeNames(Map.of("#e", "event"))
				.expressionAttributeValues(Map.of(":q", AttributeValue.fromS(queue)))
				.build())
			.join()
			.count();
	}

}
