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

import java.util.ArrayList;
import java.util.List;

import io.rstreams.binder.properties.CheckpointMode;
import io.rstreams.binder.properties.RStreamsConsumerProperties;
import io.rstreams.client.read.StartPosition;
import org.springframework.cloud.stream.binder.ConsumerProperties;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * The consumer settings that cannot work together, rejected at start-up rather than at
 * the first event.
 */
public final class ConsumerValidation {

	private ConsumerValidation() {
	}

	/**
	 * Rejects combinations that cannot work, at start-up rather than at the first event.
	 */
	public static void validate(String binding, ConsumerProperties properties, RStreamsConsumerProperties c,
			String botId) {
		CheckpointMode mode = c.getCheckpointMode();
		List<String> problems = new ArrayList<>();
		if (mode == CheckpointMode.RECORD && properties.isBatchMode()) {
			problems.add(
					"checkpoint-mode 'record' cannot be used with batch-mode (a batch is handled as a whole; use 'batch' or 'manual')");
		}
		if (mode == CheckpointMode.PERIODIC && c.getCheckpointInterval() == null && c.getCheckpointCount() == null) {
			problems.add("checkpoint-mode 'periodic' needs checkpoint-interval and/or checkpoint-count");
		}
		if (mode != CheckpointMode.PERIODIC && (c.getCheckpointInterval() != null || c.getCheckpointCount() != null)) {
			problems.add("checkpoint-interval and checkpoint-count only apply to checkpoint-mode 'periodic'");
		}
		if (botId == null && mode == CheckpointMode.MANUAL) {
			problems.add("checkpoint-mode 'manual' needs a bot: set the binding's group (or bot-id)");
		}
		if (botId == null && c.isEnableDlq()) {
			problems.add("enable-dlq needs a bot: set the binding's group (or bot-id)");
		}
		if (botId == null && c.isResetCheckpoint()) {
			problems.add("reset-checkpoint needs a bot: set the binding's group (or bot-id)");
		}
		if (c.getBatchSize() <= 0) {
			problems.add("batch-size must be positive");
		}
		if (c.getStart() != null) {
			try {
				StartPosition.parse(c.getStart());
			}
			catch (IllegalArgumentException ex) {
				problems.add(ex.getMessage());
			}
		}
		if (properties.getConcurrency() > 1 && properties.isBatchMode()) {
			problems.add("concurrency > 1 cannot be used with batch-mode (a batch is one unit of work)");
		}
		if (properties.getConcurrency() > 1 && (mode == CheckpointMode.RECORD || mode == CheckpointMode.MANUAL)) {
			problems.add("concurrency > 1 works with checkpoint-mode 'batch' or 'periodic' (checkpoints then cover the "
					+ "events whose handling finished, in eid order)");
		}
		if (c.getOrderingKeyExpression() != null) {
			try {
				new SpelExpressionParser().parseExpression(c.getOrderingKeyExpression());
			}
			catch (RuntimeException ex) {
				problems.add("ordering-key-expression '" + c.getOrderingKeyExpression() + "' does not parse: "
						+ ex.getMessage());
			}
		}
		if (properties.getInstanceCount() > 1 && (properties.getInstanceIndex() < 0
				|| properties.getInstanceIndex() >= properties.getInstanceCount())) {
			problems.add("instance-index must be between 0 and instance-count - 1 ("
					+ (properties.getInstanceCount() - 1) + "), was " + properties.getInstanceIndex());
		}
		if (c.getPartitionKeyExpression() != null) {
			try {
				new SpelExpressionParser().parseExpression(c.getPartitionKeyExpression());
			}
			catch (RuntimeException ex) {
				problems.add("partition-key-expression '" + c.getPartitionKeyExpression() + "' does not parse: "
						+ ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Invalid RStreams consumer settings for binding '" + binding + "': " + String.join("; ", problems));
		}
	}

	/**
	 * Rejects a destination whose list of queues cannot be read: an empty name, a queue
	 * named twice (also under two spellings of one queue), or several queues with
	 * {@code multiplex} (each queue has its own reader, which Spring Cloud Stream binds
	 * only without it).
	 */
	public static void validateDestination(String binding, String destination, boolean multiplex) {
		List<String> queues = ConsumerDestinations.queueIds(binding, destination);
		if (multiplex && queues.size() > 1) {
			throw new IllegalStateException("Invalid RStreams consumer settings for binding '" + binding
					+ "': multiplex is not supported for destination '" + destination + "'. Leave multiplex unset: "
					+ "each queue of a comma-separated destination is then read by its own reader within the binding.");
		}
	}

}
