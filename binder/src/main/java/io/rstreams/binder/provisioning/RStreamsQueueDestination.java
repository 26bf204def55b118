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
package io.rstreams.binder.provisioning;

import io.rstreams.client.QueueRef;
import org.springframework.cloud.stream.provisioning.ConsumerDestination;
import org.springframework.cloud.stream.provisioning.ProducerDestination;

/**
 * A binding's queue: as configured, and normalised as the Node SDK does (protocol.md
 * 3.2), so that {@code queue:orders}, {@code orders} and {@code e_orders} all name the
 * same queue on both sides.
 */
public record RStreamsQueueDestination(String configured,
		QueueRef ref) implements ConsumerDestination, ProducerDestination {

	public static RStreamsQueueDestination of(String configured) {
		return new RStreamsQueueDestination(configured, QueueRef.parse(configured));
	}

	/** The queue id: LeoStream/LeoEvent key and the {@code event} of read events. */
	public String queueId() {
		return ref.queueId();
	}

	@Override
	public String getName() {
		return ref.queueId();
	}

	@Override
	public String getNameForPartition(int partition) {
		return ref.queueId();
	}
}
