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

import java.time.Duration;
import java.util.List;

import io.rstreams.binder.properties.CheckpointMode;
import io.rstreams.client.Event;
import io.rstreams.client.read.BlockReadException;
import io.rstreams.client.read.ReadEntry;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.handler.advice.ErrorMessageSendingRecoverer;
import org.springframework.messaging.MessageHandler;

/**
 * Fails deliveries the way a consumer binding does (its messages, its delivery invoker,
 * an error channel with Spring Integration's recoverer), so that tests of what subscribes
 * to the error channel get the very ErrorMessages a binding sends, without a Spring
 * context.
 */
public final class FailedDeliveries {

	private FailedDeliveries() {
	}

	/**
	 * Delivers {@code events} (one message of the last event, or one batch message) to a
	 * function that throws {@code failure}; the ErrorMessage goes to {@code errors}.
	 * Throws what {@code errors} throws.
	 */
	public static void deliver(String queue, String botId, boolean batch, List<Event> events, RuntimeException failure,
			MessageHandler errors) {
		invoker(queue, botId, batch, failure, errors).process(events.stream().map(e -> new ReadEntry.Ok(e, 0)).toList(),
				null);
	}

	/**
	 * Recovers stored data that could not be decoded, as the reader hands it over, to
	 * {@code errors}.
	 */
	public static void undecodable(String queue, String botId, BlockReadException error, MessageHandler errors) {
		invoker(queue, botId, false, new IllegalStateException("never delivered"), errors)
			.recoverUndecodable(new ReadEntry.Failed(error));
	}

	private static DeliveryInvoker invoker(String queue, String botId, boolean batch, RuntimeException failure,
			MessageHandler errors) {
		DirectChannel output = new DirectChannel();
		output.subscribe(message -> {
			throw failure;
		});
		DirectChannel errorChannel = new DirectChannel();
		errorChannel.subscribe(errors);
		ConsumerSettings settings = new ConsumerSettings(queue + "-in-0", batch, false, 1, CheckpointMode.BATCH, null,
				null, 100, 1_000_000L, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(5), false,
				Duration.ofSeconds(30), null, Duration.ofSeconds(1), null, null, Duration.ofSeconds(5));
		return new DeliveryInvoker(new InboundMessages(queue, botId, false), settings, botId, output::send, null,
				new ErrorMessageSendingRecoverer(errorChannel), new BindingCounters(), () -> {
				});
	}

}
