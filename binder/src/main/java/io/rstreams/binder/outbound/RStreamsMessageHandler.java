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
package io.rstreams.binder.outbound;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.binder.properties.BatchSourceTimestamp;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.write.QueueWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.Lifecycle;
import org.springframework.integration.handler.AbstractMessageHandler;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.ErrorMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Writes a producer binding's messages to its queue through the bus's write path
 * ({@link QueueWriter}: gzip chunks to Kinesis, S3 for large events), with the envelope
 * of {@link OutputEnvelope}. The payload must be JSON (the default content type); a
 * returned collection becomes one event per element when splitting is on.
 *
 * <p>
 * Writes are buffered for throughput. A write made while an input is being processed is
 * registered with that input, whose checkpoint then waits for it; other writes
 * (Suppliers, StreamBridge) complete in the background, or synchronously with
 * {@code sync}.
 */
public class RStreamsMessageHandler extends AbstractMessageHandler implements Lifecycle {

	private static final Logger log = LoggerFactory.getLogger(RStreamsMessageHandler.class);

	private final QueueWriter writer;

	private final String queue;

	private final String defaultBotId;

	private final String configuredBotId;

	private final boolean split;

	private final boolean sync;

	private final OutputEnvelope envelope;

	private volatile boolean running;

	private volatile MessageChannel errorChannel;

	public RStreamsMessageHandler(QueueWriter writer, String queue, String configuredBotId, String defaultBotId,
			boolean split, boolean sync, Clock clock, BatchSourceTimestamp batchTimestamp) {
		this.writer = writer;
		this.queue = queue;
		this.configuredBotId = configuredBotId;
		this.defaultBotId = defaultBotId;
		this.split = split;
		this.sync = sync;
		this.envelope = new OutputEnvelope(clock, batchTimestamp);
	}

	@Override
	protected void handleMessageInternal(Message<?> message) {
		ProcessingScope scope = ProcessingScope.current();
		String botId = configuredBotId != null ? configuredBotId
				: scope != null && scope.botId() != null ? scope.botId() : defaultBotId;
		List<CompletableFuture<Void>> writes = new ArrayList<>();
		Object payload = message.getPayload();
		if (payload instanceof Event native_) {
			writes.add(writer.write(native_.toBuilder()
				.event(native_.event() == null ? queue : native_.event())
				.id(native_.id() == null ? botId : native_.id())
				.build()));
		}
		else {
			JsonNode json = toJson(payload, message.getHeaders());
			List<JsonNode> payloads = new ArrayList<>();
			if (split && json.isArray()) {
				json.forEach(element -> {
					if (!element.isNull()) {
						payloads.add(element);
					}
				});
			}
			else {
				payloads.add(json);
			}
			for (JsonNode p : payloads) {
				Event event = envelope.build(queue, p, message.getHeaders(), scope, botId);
				writes.add(writer.write(event));
			}
		}
		for (CompletableFuture<Void> write : writes) {
			if (scope != null) {
				scope.addWrite(writer, write);
			}
			else {
				write.whenComplete((ok, failure) -> {
					if (failure != null) {
						failed(message, failure);
					}
				});
			}
		}
		if (sync) {
			writer.flush();
			try {
				CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
					.get(writer.settings().callTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (Exception ex) {
				throw new MessageHandlingException(message,
						"The bus did not accept the event for queue '" + queue + "'", ex);
			}
		}
	}

	/**
	 * A write no input waits for (a Supplier's, StreamBridge's) failed after the call
	 * returned: logged, and sent to the binding's error channel when it has one
	 * ({@code error-channel-enabled}), as the other binders do. (A Function's outputs
	 * need no channel: their input is not checkpointed and is handled again.)
	 */
	private void failed(Message<?> message, Throwable failure) {
		log.error("RStreams write to queue '{}' failed: {}", queue, failure.getMessage());
		MessageChannel errors = errorChannel;
		if (errors != null) {
			errors.send(new ErrorMessage(new MessageHandlingException(message,
					"The bus did not accept the event for queue '" + queue + "'", failure), message));
		}
	}

	/** Where failed asynchronous writes are sent, or {@code null}. */
	public void setErrorChannel(MessageChannel errorChannel) {
		this.errorChannel = errorChannel;
	}

	private JsonNode toJson(Object payload, MessageHeaders headers) {
		if (payload instanceof JsonNode node) {
			return node;
		}
		if (payload instanceof byte[] bytes) {
			try {
				return Json.mapper().readTree(bytes);
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException("RStreams event payloads are JSON, but the output for queue '"
						+ queue + "' (content type " + headers.get(MessageHeaders.CONTENT_TYPE) + ") is not: '"
						+ new String(bytes, 0, Math.min(bytes.length, 100), StandardCharsets.UTF_8)
						+ "'. Use the default content type application/json.", ex);
			}
		}
		if (payload instanceof String s) {
			return Json.mapper().getNodeFactory().stringNode(s);
		}
		return Json.mapper().valueToTree(payload);
	}

	public QueueWriter writer() {
		return writer;
	}

	/** The queue this binding writes. */
	public String queue() {
		return queue;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		try {
			writer.flush().get(writer.settings().callTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			log.warn("Writes to queue '{}' were not all accepted before the producer stopped: {}", queue,
					ex.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
