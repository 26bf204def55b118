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

import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * Tells a polled consumer that the poll which handed a message out returned:
 * {@code DefaultPollableMessageSource} calls {@code afterSendCompletion} on the polling
 * thread once the handler, its retries, the error path and the automatic acknowledgment
 * are over, with the exception the handling ended with. That is when the message's writes
 * are known, and whether a REJECT stood for a failure nobody took.
 */
public final class PolledDeliveryEnd implements ChannelInterceptor {

	@Override
	public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent, Exception ex) {
		if (StaticMessageHeaderAccessor.getAcknowledgmentCallback(message) instanceof PolledAcknowledgment ack) {
			ack.deliveryEnded(ex != null);
		}
	}

}
