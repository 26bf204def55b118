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

import java.util.HashMap;
import java.util.Map;

import io.rstreams.client.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DeliveryMdcTest {

	final Event event = Event.builder().event("orders").eid("z/2026/01/02/03/04/1767322440000-0000000").build();

	@AfterEach
	void clear() {
		MDC.clear();
	}

	@Test
	void theKeysAreSetDuringTheDeliveryOnly() {
		Map<String, String> during = new HashMap<>();
		DeliveryMdc.around("audit-in-0", "audit-bot", event, () -> during.putAll(MDC.getCopyOfContextMap()));

		assertThat(during).containsEntry("rstreams.binding", "audit-in-0")
			.containsEntry("rstreams.bot", "audit-bot")
			.containsEntry("rstreams.queue", "orders")
			.containsEntry("rstreams.eid", "z/2026/01/02/03/04/1767322440000-0000000");
		assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
	}

	@Test
	void whatWasThereBeforeIsGivenBack() {
		MDC.put("rstreams.queue", "the application's own");
		MDC.put("tenant", "t1");
		DeliveryMdc.around("audit-in-0", "audit-bot", event,
				() -> assertThat(MDC.get("rstreams.queue")).isEqualTo("orders"));

		assertThat(MDC.getCopyOfContextMap()).containsOnly(Map.entry("rstreams.queue", "the application's own"),
				Map.entry("tenant", "t1"));
	}

	@Test
	void theKeysAreRemovedWhenTheDeliveryFails() {
		assertThatIllegalStateException().isThrownBy(() -> DeliveryMdc.around("audit-in-0", "audit-bot", event, () -> {
			throw new IllegalStateException("handler failed");
		}));
		assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
	}

	@Test
	void anAnonymousConsumerHasNoBot() {
		DeliveryMdc.around("tail-in-0", null, event, () -> assertThat(MDC.getCopyOfContextMap())
			.containsOnlyKeys("rstreams.binding", "rstreams.queue", "rstreams.eid"));
	}

}
