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
package io.rstreams.test;

import java.util.List;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.client.Event;
import io.rstreams.localbus.faults.Fault;
import io.rstreams.localbus.faults.FaultInjector;
import io.rstreams.localbus.faults.FaultRule;
import io.rstreams.test.autoconfigure.AutoConfigureRStreamsTestBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test declares a {@link FaultInjector} bean and the bot's calls to the embedded bus go
 * through it, while the kit's own writes and reads do not.
 */
@SpringBootTest(classes = { InvoiceBotApplication.class, FaultsOnTheBotTest.Faults.class },
		properties = { "spring.cloud.function.definition=invoiceBot",
				"spring.cloud.stream.bindings.invoiceBot-in-0.destination=faulty-orders",
				"spring.cloud.stream.bindings.invoiceBot-in-0.group=faulty-invoice-bot",
				"spring.cloud.stream.bindings.invoiceBot-out-0.destination=faulty-invoices",
				"spring.cloud.stream.rstreams.default.consumer.poll-interval=50ms",
				"spring.cloud.stream.rstreams.default.consumer.error-backoff=50ms" })
@AutoConfigureRStreamsTestBus
class FaultsOnTheBotTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class Faults {

		@Bean
		FaultInjector faultInjector() {
			return new FaultInjector(20261202);
		}

	}

	@Autowired
	RStreamsTestBus bus;

	@Autowired
	FaultInjector faults;

	@Autowired
	RStreamsBusConnection connection;

	@AfterEach
	void clearFaults() {
		faults.clear();
	}

	@Test
	void theBotGetsThroughInjectedFaultsAndTheKitIsNotHitByThem() {
		faults.add(FaultRule.count("Kinesis.PutRecords", Fault.SERVER_ERROR, 2));
		faults.add(FaultRule.count("DynamoDB.UpdateItem", Fault.THROTTLE, 2));
		List<Event> orders = bus.write("faulty-orders", new InvoiceBotApplication.Order("F-1", 1.0),
				new InvoiceBotApplication.Order("F-2", 2.0));
		assertThat(orders).hasSize(2);

		List<Event> invoices = bus.awaitEvents("faulty-invoices", 2);

		assertThat(invoices).extracting(e -> e.payload().get("orderId").asString()).contains("F-1", "F-2");
		bus.awaitCheckpoint("faulty-invoice-bot", "faulty-orders", orders.get(1).eid());
		assertThat(faults.injected().keySet()).anyMatch(k -> k.startsWith("Kinesis.PutRecords"))
			.anyMatch(k -> k.startsWith("DynamoDB.UpdateItem"));
		assertThat(connection.origin()).contains("fault injector");
		assertThat(connection.embedded()).isTrue();
	}

}
