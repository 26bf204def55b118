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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import org.junit.jupiter.api.Test;

class PartitionKeysTest {

	private static Event event(String eid, String payload) {
		return Event.builder().id("producer").event("orders").eid(eid).payload(Json.mapper().readTree(payload)).build();
	}

	@Test
	void theEidWithoutAnExpression() {
		assertThat(new PartitionKeys(null).keyOf(event("z/2026/03/01/10/00/1-0", "{}")))
			.isEqualTo("z/2026/03/01/10/00/1-0");
	}

	@Test
	void anExpressionOverTheEventAsTheSdkEmitsIt() {
		Event e = event("z/2026/03/01/10/00/1-0", "{\"customerId\":\"c-7\"}");
		assertThat(new PartitionKeys("payload.customerId").keyOf(e)).isEqualTo("c-7");
		assertThat(new PartitionKeys("id").keyOf(e)).isEqualTo("producer");
		assertThat(new PartitionKeys("eid").keyOf(e)).isEqualTo("z/2026/03/01/10/00/1-0");
	}

	@Test
	void anExpressionCannotChangeTheEvent() {
		Event e = event("z/2026/03/01/10/00/1-0", "{\"customerId\":\"c-7\"}");
		new PartitionKeys("payload.customerId = 'x'").keyOf(e);
		assertThat(e.payload().get("customerId").asString()).isEqualTo("c-7");
	}

	@Test
	void aPropertyTheEventDoesNotHaveFails() {
		Event e = event("z/2026/03/01/10/00/1-0", "{}");
		assertThatThrownBy(() -> new PartitionKeys("payload.customerId").keyOf(e)).isInstanceOf(RuntimeException.class);
	}

}
