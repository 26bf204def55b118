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
package io.rstreams.samples.replication;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReaderSettings;
import io.rstreams.client.read.StartPosition;
import io.rstreams.test.RStreamsTestBus;
import io.rstreams.test.autoconfigure.AutoConfigureRStreamsTestBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.messaging.MessageChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the sample on two embedded buses and checks both: every order written to the prod
 * bus is on the replica bus with its payload, correlated to the prod event and with its
 * source timestamp; the bot's checkpoint is on the prod bus only, and nothing was written
 * back to it.
 */
@SpringBootTest(properties = { "sample.orders=8", "sample.exit-when-done=false" })
@AutoConfigureRStreamsTestBus
class ReplicationSampleTest {

	@Autowired
	RStreamsTestBus prod;

	@Autowired
	BinderFactory binders;

	@Autowired
	ReplicationProgress progress;

	RStreamsBusConnection connection(String binder) {
		return ((RStreamsMessageChannelBinder) binders.getBinder(binder, MessageChannel.class)).connection();
	}

	static List<Event> read(RStreamsBusConnection bus, String queue) {
		List<Event> events = new ArrayList<>();
		QueueReader reader = new QueueReader(bus.dynamo(), bus.objectStore(), bus.bus(), ReaderSettings.defaults());
		try (EventStream stream = reader.read("sample_test_reader", queue, StartPosition.BEGINNING)) {
			while (stream.hasNext()) {
				if (stream.next() instanceof ReadEntry.Ok ok) {
					events.add(ok.event());
				}
			}
		}
		return events;
	}

	@Test
	void everyProdOrderIsCopiedToTheReplicaBusCorrelatedToIt() {
		RStreamsBusConnection replica = connection("replica");
		assertThat(connection("prod").bus()).isEqualTo(prod.localBus().config());
		assertThat(replica.bus().leoStream()).isEqualTo("ReplicaBus-LeoStream");

		List<Event> orders = prod.awaitEvents("orders", 8, Duration.ofSeconds(60));
		List<Event> copies = await().atMost(Duration.ofSeconds(60))
			.until(() -> read(replica, "orders"), events -> events.size() >= 8);
		assertThat(copies).hasSize(8);
		for (int i = 0; i < 8; i++) {
			assertThat(copies.get(i).payload()).isEqualTo(orders.get(i).payload());
			assertThat(copies.get(i).correlationId()).isEqualTo(Correlation.of(orders.get(i)));
			assertThat(copies.get(i).eventSourceTimestamp()).isEqualTo(orders.get(i).eventSourceTimestamp());
			assertThat(copies.get(i).id()).isEqualTo("replication-bot");
		}
		await().atMost(Duration.ofSeconds(60)).until(progress::isDone);
		assertThat(progress.replicated()).containsExactly("O-1", "O-2", "O-3", "O-4", "O-5", "O-6", "O-7", "O-8");

		prod.awaitCheckpoint("replication-bot", "orders", orders.get(7).eid());
		Checkpointer onReplica = new Checkpointer(replica.dynamo(), replica.bus(), Duration.ofSeconds(10));
		assertThat(onReplica.readCheckpoint("replication-bot", "orders")).isNull();
		assertThat(onReplica.readCheckpoint("replica-audit-bot", "orders")).isEqualTo(copies.get(7).eid());
		assertThat(prod.read("orders")).hasSize(8);
		assertThat(prod.checkpoint("replica-audit-bot", "orders")).isEmpty();
	}

}
