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

import io.rstreams.binder.RStreamsCheckpointer;
import org.springframework.integration.acks.AcknowledgmentCallback;

/**
 * Spring Integration's acknowledgment, mapped to RStreams checkpoints in manual mode:
 * ACCEPT and REJECT checkpoint up to the event, REQUEUE has the binding read again from
 * its last checkpoint.
 */
final class ManualAcknowledgment implements AcknowledgmentCallback {

	private final RStreamsCheckpointer checkpointer;

	private final Runnable requeue;

	private volatile boolean acknowledged;

	ManualAcknowledgment(RStreamsCheckpointer checkpointer, Runnable requeue) {
		this.checkpointer = checkpointer;
		this.requeue = requeue;
	}

	@Override
	public void acknowledge(Status status) {
		acknowledged = true;
		if (status == Status.REQUEUE) {
			requeue.run();
			return;
		}
		checkpointer.checkpoint();
	}

	@Override
	public boolean isAcknowledged() {
		return acknowledged;
	}

	@Override
	public boolean isAutoAck() {
		return false;
	}

}
