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

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.rstreams.binder.RStreamsHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * A replication bot between two buses (see application.yml for the binders):
 *
 * <pre>
 * ProdBus:    orderSource (Supplier) --orders--> replicate (Function, bot replication-bot)
 * ReplicaBus:                                      --orders--> replicaAudit (Consumer)
 * </pre>
 *
 * {@code replicate} reads {@code orders} on the prod bus (its checkpoint is in the prod
 * bus's LeoCron) and writes each event unchanged to {@code orders} on the replica bus,
 * where it is correlated to the prod event and keeps its {@code event_source_timestamp}.
 * With no real bus configured each binder runs on an embedded bus of its own. The sample
 * exits once {@code sample.orders} orders arrived on the replica bus (unless
 * {@code sample.exit-when-done=false}).
 */
@SpringBootApplication
public class ReplicationSampleApplication {

	private static final Logger log = LoggerFactory.getLogger("replication");

	public static void main(String[] args) {
		SpringApplication.run(ReplicationSampleApplication.class, args);
	}

	@Bean
	ReplicationProgress replicationProgress(@Value("${sample.orders:10}") int orders,
			@Value("${sample.exit-when-done:true}") boolean exitWhenDone, ConfigurableApplicationContext context) {
		return new ReplicationProgress(orders, exitWhenDone, context);
	}

	/** Stands for the producers of the prod bus: one order per call. */
	@Bean
	Supplier<Order> orderSource(ReplicationProgress progress) {
		AtomicInteger next = new AtomicInteger();
		return () -> {
			int n = next.incrementAndGet();
			if (n > progress.orders()) {
				return null;
			}
			Order order = new Order("O-" + n, n % 2 == 0 ? "acme" : "globex", n * 10.0);
			log.info("orderSource  -> ProdBus    orders {}", order.orderId());
			return order;
		};
	}

	/**
	 * The replication bot: the payload's bytes go through untouched; the binder gives the
	 * copy its correlation to the prod event and the prod event's source timestamp.
	 */
	@Bean
	Function<Message<byte[]>, Message<byte[]>> replicate() {
		return message -> {
			log.info("replicate    <- ProdBus    orders eid={}", message.getHeaders().get(RStreamsHeaders.EID));
			return message;
		};
	}

	/** Shows what arrived on the replica bus, with its envelope. */
	@Bean
	Consumer<Message<Order>> replicaAudit(ReplicationProgress progress) {
		return message -> {
			Map<String, Object> h = message.getHeaders();
			log.info("replicaAudit <- ReplicaBus orders {} eid={} correlation_id={} event_source_timestamp={}",
					message.getPayload().orderId(), h.get(RStreamsHeaders.EID), h.get(RStreamsHeaders.CORRELATION_ID),
					h.get(RStreamsHeaders.EVENT_SOURCE_TIMESTAMP));
			progress.arrived(message.getPayload().orderId());
		};
	}

}
