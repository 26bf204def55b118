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
package io.rstreams.binder.status;

import io.rstreams.client.QueueRef;
import org.springframework.integration.core.Pausable;

/**
 * A consumer binding as operators act on it: its status, pause and resume, and moving its
 * checkpoint.
 */
public interface ConsumerBinding extends BindingStatus, Pausable {

	/**
	 * Moves the bot's checkpoint to {@code eid}: the reader finishes what it has in hand,
	 * writes the checkpoint unconditionally (as the Node SDK's force), and goes on
	 * reading after it.
	 */
	void moveCheckpoint(String eid);

	/**
	 * Moves the bot's checkpoint on one queue of the binding, {@code null} meaning its
	 * only queue.
	 * @throws IllegalArgumentException if the binding does not read {@code queue}
	 */
	default void moveCheckpoint(String queue, String eid) {
		if (queue != null && !QueueRef.parse(queue).queueId().equals(queue())) {
			throw new IllegalArgumentException(
					"Binding '" + bindingName() + "' reads queue '" + queue() + "', not '" + queue + "'");
		}
		moveCheckpoint(eid);
	}

}
