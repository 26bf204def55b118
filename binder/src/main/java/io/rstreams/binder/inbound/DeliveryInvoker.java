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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.binder.RStreamsCheckpointer;
import io.rstreams.client.Event;
import io.rstreams.client.read.ReadEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.integration.acks.AcknowledgmentCallback;
import org.springframework.integration.core.RecoveryCallback;
import org.springframework.integration.support.ErrorMessageUtils;
import org.springframework.messaging.Message;

/**
 * Hands events to the application: with the binding's retry policy, and what still fails
 * to the error channel (the recovery callback). With a dead-letter queue, or a handler
 * that accepts it, the binding moves on; otherwise the failure comes back to the reader,
 * which retries from the last good event.
 */
final class DeliveryInvoker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryInvoker.class);

	private final InboundMessages messages;

	private final boolean batchMode;

	private final boolean manual;

	private final String botId;

	private final String bindingName;

	private final Consumer<Message<?>> sender;

	private final RetryTemplate retryTemplate;

	private final RecoveryCallback<?> recoverer;

	private final BindingCounters counters;

	private final Runnable requeue;

	/**
	 * @param sender sends to the binding's output channel
	 * @param retryTemplate the binding's retries, or {@code null}
	 * @param recoverer the error channel, or {@code null}: a failure is thrown back to
	 * the reader
	 * @param requeue what a manual acknowledgment with status REQUEUE asks for
	 */
	DeliveryInvoker(InboundMessages messages, ConsumerSettings settings, String botId, Consumer<Message<?>> sender,
			RetryTemplate retryTemplate, RecoveryCallback<?> recoverer, BindingCounters counters, Runnable requeue) {
		this.messages = messages;
		this.batchMode = settings.batchMode();
		this.manual = !settings.checkpointPolicy().automatic();
		this.botId = botId;
		this.bindingName = settings.bindingName();
		this.sender = sender;
		this.retryTemplate = retryTemplate;
		this.recoverer = recoverer;
		this.counters = counters;
		this.requeue = requeue;
	}

	/**
	 * Delivers the event(s); returns the scope with the writes the handling caused.
	 * Throws when nothing handled the failure.
	 * @param tracker the progress the message's checkpointer moves
	 */
	ProcessingScope process(List<ReadEntry.Ok> entries, CheckpointTracker tracker) {
		List<Event> envelopes = new ArrayList<>(entries.size());
		for (ReadEntry.Ok entry : entries) {
			envelopes.add(entry.envelope());
		}
		ReadEntry.Ok last = entries.get(entries.size() - 1);
		ProcessingScope scope = new ProcessingScope(envelopes, batchMode, botId);
		RStreamsCheckpointer checkpointer = new EventCheckpointer(last.lastEid(), tracker);
		AcknowledgmentCallback ack = manual ? new ManualAcknowledgment(checkpointer, requeue) : null;
		Message<?> message = batchMode ? messages.batch(entries, checkpointer, ack)
				: messages.single(last, checkpointer, ack);
		try {
			DeliveryMdc.around(bindingName, botId, last.envelope(), () -> send(scope, message));
		}
		catch (RuntimeException failure) {
			counters.failed();
			recover(message, failure);
		}
		return scope;
	}

	/** Stored data that cannot be decoded goes the way of a failed event. */
	void recoverUndecodable(ReadEntry.Failed failed) {
		log.warn("Binding '{}': {}", bindingName, failed.error().getMessage());
		Message<byte[]> message = messages.undecodable(failed.error());
		counters.failed();
		recover(message, failed.error());
	}

	private void send(ProcessingScope scope, Message<?> message) {
		if (retryTemplate == null) {
			scope.run(() -> sender.accept(message));
			return;
		}
		try {
			retryTemplate.execute(() -> {
				scope.run(() -> sender.accept(message));
				return null;
			});
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException() != null ? ex.getLastException() : ex.getCause();
			throw last instanceof RuntimeException re ? re : new IllegalStateException(last);
		}
	}

	private void recover(Message<?> message, RuntimeException failure) {
		if (recoverer == null) {
			throw failure;
		}
		recoverer.recover(ErrorMessageUtils.getAttributeAccessor(message, message), failure);
	}

}
