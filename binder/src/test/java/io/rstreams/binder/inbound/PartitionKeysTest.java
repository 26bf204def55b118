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
