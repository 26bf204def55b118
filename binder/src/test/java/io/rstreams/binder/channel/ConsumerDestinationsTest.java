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
package io.rstreams.binder.channel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsumerDestinationsTest {

	@Test
	void listsEachQueueOnceNormalisedAndInOrder() {
		assertThat(ConsumerDestinations.queueIds("b", "returns, queue:orders ,bot:x")).containsExactly("returns",
				"orders", "bot.x");
		assertThat(ConsumerDestinations.queueIds("b", "orders")).containsExactly("orders");
	}

	@Test
	void refusesEmptyAndRepeatedNamesSayingWhichAll() {
		assertThatThrownBy(() -> ConsumerDestinations.queueIds("audit-in-0", "orders,, returns,orders,e_returns,"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("consumer binding 'audit-in-0'")
			.hasMessageContaining("name 2 of 6 is empty")
			.hasMessageContaining("queue 'orders' is listed twice")
			.hasMessageContaining("'returns' and 'e_returns' are the same queue 'returns'")
			.hasMessageContaining("name 6 of 6 is empty");
		assertThatThrownBy(() -> ConsumerValidation.validateDestination("b", "orders,returns", true))
			.hasMessageContaining("multiplex is not supported");
		ConsumerValidation.validateDestination("b", "orders", true);
	}

}
