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

import org.springframework.integration.acks.AcknowledgmentCallback;

/**
 * The acknowledgment of one message of a polled consumer. Spring Cloud Stream's
 * {@code DefaultPollableMessageSource} acknowledges by itself when the handler returns
 * (ACCEPT), throws with nothing taking the failure (REJECT), or throws
 * {@code RequeueCurrentMessageException} (REQUEUE), unless the handler called
 * {@link #noAutoAck()} to acknowledge later, from any thread. Only the first
 * acknowledgment counts.
 */
final class PolledAcknowledgment implements AcknowledgmentCallback {

	private final PolledQueueSource source;

	private final PolledLedger.Slot slot;

	private volatile boolean autoAck = true;

	private volatile boolean acknowledged;

	PolledAcknowledgment(PolledQueueSource source, PolledLedger.Slot slot) {
		this.source = source;
		this.slot = slot;
	}

	@Override
	public void acknowledge(Status status) {
		synchronized (this) {
			if (acknowledged) {
				return;
			}
			acknowledged = true;
		}
		source.acknowledged(slot, status);
	}

	@Override
	public boolean isAcknowledged() {
		return acknowledged;
	}

	@Override
	public boolean isAutoAck() {
		return autoAck;
	}

	@Override
	public void noAutoAck() {
		autoAck = false;
	}

	/** The poll that handed the message out returned, with an exception or not. */
	void deliveryEnded(boolean failed) {
		source.deliveryEnded(this, slot, failed);
	}

}
