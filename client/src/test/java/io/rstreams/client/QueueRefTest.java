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
package io.rstreams.client;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalisation of protocol.md 3.2, including the SDK's quirks. */
class QueueRefTest {

	@ParameterizedTest(name = "{0} -> queue id {1}, refId {2}")
	@CsvSource({ "orders, orders, queue:orders", "queue:orders, orders, queue:orders",
			"QUEUE:Orders, Orders, queue:Orders", "bot:x, bot.x, bot:x", "bot:bot.x, bot.x, bot:bot.x",
			"system:s, system.s, system:s", "e_orders, orders, queue:orders", "queue:e_orders, orders, queue:e_orders",
			"s_orders, orders, queue:orders", "b_orders, orders, queue:orders", "bot.y, bot.y, queue:bot.y",
			"commands.s3_bus_load, commands.s3_bus_load, queue:commands.s3_bus_load", "my-app:queue:x, x, queue:x",
			"fx_small, fx_small, queue:fx_small" })
	void normalisesLikeTheNodeSdk(String reference, String queueId, String refId) {
		QueueRef ref = QueueRef.parse(reference);
		assertThat(ref.queueId()).isEqualTo(queueId);
		assertThat(ref.refId()).isEqualTo(refId);
	}

	@ParameterizedTest
	@CsvSource({ "mybot, bot:mybot, bot.mybot", "bot:mybot, bot:mybot, bot.mybot", "queue:q, queue:q, q" })
	void botReferencesDefaultToBots(String reference, String refId, String queueId) {
		QueueRef ref = QueueRef.bot(reference);
		assertThat(ref.refId()).isEqualTo(refId);
		assertThat(ref.queueId()).isEqualTo(queueId);
	}

	@ParameterizedTest
	@CsvSource({ "orders, error, orders.error", "bot:x, error, bot.x.error" })
	void subQueuesAreAppended(String reference, String sub, String queueId) {
		assertThat(QueueRef.parse(reference).queue(sub).id()).isEqualTo(queueId);
	}

}
