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

import java.time.Duration;
import java.util.List;

import io.rstreams.binder.LocalBusSupport;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.client.EventId;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadStart;
import io.rstreams.client.read.StartPosition;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where a bot starts reading, on a local bus. */
class BotSetupTest {

	private static LocalBus bus;

	private static RStreamsBusConnection connection;

	private static QueueReader reader;

	@BeforeAll
	static void bus() {
		bus = LocalBus.start();
		connection = LocalBusSupport.connection(bus);
		reader = bus.reader();
		LocalBusSupport.write(bus, "orders", "producer", List.of("{\"n\":1}", "{\"n\":2}"));
		bus.checkpointer()
			.forceCheckpoint("stored-bot", "orders",
					new Checkpoint("z/2020/01/01/00/00/1-0", null, null, connection.clock().millis(), 0L));
	}

	@AfterAll
	static void close() {
		bus.close();
	}

	private static ReadStart start(String botId, StartPosition position, boolean reset) {
		return new BotSetup(botId, position, reset, false, "test", Duration.ofSeconds(5), Duration.ofSeconds(5), 1, 0)
			.start(reader, "orders", connection);
	}

	@Test
	void aBotWithoutCheckpointStartsWhereItIsToldToStart() {
		assertThat(start("new-bot", StartPosition.CHECKPOINT, false).after().queryKey())
			.isEqualTo(EventId.today(connection.clock()).value());
		assertThat(start("new-bot", StartPosition.BEGINNING, false).after().queryKey()).isEqualTo("z/ ");
		assertThat(start("new-bot", StartPosition.TODAY, false).after().queryKey())
			.isEqualTo(EventId.today(connection.clock()).value());
		assertThat(start("new-bot", StartPosition.afterEid("z/2026/01/01/00/00/5-0"), false).after().queryKey())
			.isEqualTo("z/2026/01/01/00/00/5-0 ");
		String now = start("new-bot", StartPosition.NOW, false).after().queryKey();
		assertThat(now.compareTo(EventId.today(connection.clock()).value())).isPositive();
		assertThat(start("new-bot", StartPosition.BEGINNING, false).checkpoint()).isNull();
	}

	@Test
	void aBotWithACheckpointReadsAfterIt() {
		ReadStart start = start("stored-bot", StartPosition.BEGINNING, false);
		assertThat(start.after().queryKey()).isEqualTo("z/2020/01/01/00/00/1-0 ");
		assertThat(start.checkpoint()).isEqualTo("z/2020/01/01/00/00/1-0");
	}

	@Test
	void resetCheckpointStartsAtTheStartPositionAndKeepsTheStoredCheckpointAsExpected() {
		ReadStart start = start("stored-bot", StartPosition.BEGINNING, true);
		assertThat(start.after().queryKey()).isEqualTo("z/ ");
		assertThat(start.checkpoint()).isEqualTo("z/2020/01/01/00/00/1-0");
	}

	@Test
	void anAnonymousConsumerStoresNothingAndStartsAtItsPosition() {
		ReadStart start = start(null, StartPosition.BEGINNING, false);
		assertThat(start.botId()).isNull();
		assertThat(start.checkpoint()).isNull();
		assertThat(start.after().queryKey()).isEqualTo("z/ ");
	}

}
