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

import java.time.Clock;
import java.time.Duration;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.client.QueueRef;
import io.rstreams.client.bot.BotRegistry;
import io.rstreams.client.bot.FanoutCheckpoints;
import io.rstreams.client.bot.FanoutHash;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.leocron.BotItems;
import io.rstreams.client.leocron.BotLease;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadStart;
import io.rstreams.client.read.StartPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who reads a queue and from where: a named bot (LeoCron checkpoint, registration, lease)
 * or an anonymous consumer (in-memory position, nothing stored); alone, or as one of
 * {@code instanceCount} instances that share the queue's events by the Node SDK's fanout
 * hash.
 *
 * @param botId the bot id, or {@code null} for an anonymous consumer
 * @param startPosition where to start without a checkpoint (or always, with
 * {@code reset})
 * @param reset start at {@code startPosition} even when the bot has a checkpoint
 * @param register register the bot in LeoCron before reading
 * @param description the registration's description
 * @param callTimeout bound of the LeoCron calls (registration, lease, checkpoint)
 * @param outputsTimeout how long a checkpoint waits for the bus to accept pending outputs
 * @param instanceCount how many instances share the queue ({@code instance-count}; 1:
 * this one reads it all)
 * @param instanceIndex which share is this instance's
 */
public record BotSetup(String botId, StartPosition startPosition, boolean reset, boolean register, String description,
		Duration callTimeout, Duration outputsTimeout, int instanceCount, int instanceIndex) {

	private static final Logger log = LoggerFactory.getLogger(BotSetup.class);

	public boolean anonymous() {
		return botId == null;
	}

	/**
	 * Whether several named instances share the queue (progress kept per instance,
	 * checkpoint at the minimum).
	 */
	public boolean fanout() {
		return instanceCount > 1 && !anonymous();
	}

	/** Whether this instance handles an event with this partition key. */
	public boolean mine(Object key) {
		return instanceCount <= 1 || FanoutHash.instanceOf(key, instanceCount) == instanceIndex;
	}

	/** Registers the bot (if asked) and resolves where reading starts. */
	ReadStart start(QueueReader reader, String queue, RStreamsBusConnection connection) {
		Clock clock = reader.settings().clock();
		if (anonymous()) {
			ReadStart start = reader.resolveStart("anonymous", queue, startPosition);
			return new ReadStart(null, start.queue(), startPosition.lowerBound(null, clock), null, false,
					start.queueInfo(), start.maxEid());
		}
		if (!BotItems.storageBotId(botId).equals(botId)) {
			log.warn("Bot id '{}' ends in '_reader': like the Node SDK, its checkpoints are stored under '{}'", botId,
					BotItems.storageBotId(botId));
		}
		ReadStart start = reader.resolveStart(botId, queue, StartPosition.CHECKPOINT);
		if (reset) {
			ReadPosition after = startPosition.lowerBound(null, clock);
			log.warn("Bot '{}' on queue '{}': reset-checkpoint is set, starting at '{}' instead of its checkpoint {}",
					botId, queue, after, start.checkpoint());
			return new ReadStart(start.botId(), start.queue(), after, start.checkpoint(), start.botExists(),
					start.queueInfo(), start.maxEid());
		}
		if (fanout()) {
			String own = fanoutCheckpoints(connection, queue).ownProgress();
			if (own != null && (start.checkpoint() == null || own.compareTo(start.checkpoint()) > 0)) {
				return new ReadStart(start.botId(), start.queue(), ReadPosition.after(own), start.checkpoint(), true,
						start.queueInfo(), start.maxEid());
			}
		}
		if (start.checkpoint() == null) {
			return new ReadStart(start.botId(), start.queue(), startPosition.lowerBound(null, clock), null,
					start.botExists(), start.queueInfo(), start.maxEid());
		}
		return start;
	}

	/**
	 * Registers the bot in LeoCron as a reader of {@code queue} (never touching its
	 * Lambda or checkpoints).
	 */
	void register(RStreamsBusConnection connection, String queue, String destination) {
		if (anonymous() || !register) {
			return;
		}
		new BotRegistry(connection.dynamo(), connection.bus(), callTimeout).registerReader(BotItems.storageBotId(botId),
				QueueRef.parse(queue).refId(), destination == null ? null : QueueRef.parse(destination).refId(),
				description);
	}

	/**
	 * Progress of a started read: the checkpoint it guards with, and the one progress
	 * starts from.
	 */
	CheckpointTracker tracker(RStreamsBusConnection connection, String queue, ReadStart start, BotLease lease) {
		Checkpointer checkpointer = anonymous() ? null
				: new Checkpointer(connection.dynamo(), connection.bus(), callTimeout);
		String floor;
		if (reset) {
			floor = null;
		}
		else if (fanout()) {
			// a boundary start has no eid of its own progress to guard
			floor = start.after().eid();
		}
		else {
			floor = start.checkpoint();
		}
		return new CheckpointTracker(checkpointer, lease, botId, queue, start.checkpoint(), floor, connection.clock(),
				outputsTimeout, fanout() ? fanoutCheckpoints(connection, queue) : null);
	}

	/**
	 * The lease this bot's reader of {@code queue} must hold, or {@code null} (anonymous,
	 * or leases off).
	 */
	BotLease lease(RStreamsBusConnection connection, String queue, String owner, Duration duration, boolean enabled) {
		if (anonymous() || !enabled) {
			return null;
		}
		String key = QueueRef.parse(queue).refId() + (instanceCount > 1 ? "#" + instanceIndex : "");
		return new BotLease(connection.dynamo(), connection.bus(), botId, key, owner, duration, connection.clock(),
				callTimeout);
	}

	private FanoutCheckpoints fanoutCheckpoints(RStreamsBusConnection connection, String queue) {
		return new FanoutCheckpoints(connection.dynamo(), connection.bus(), botId, queue, instanceCount, instanceIndex,
				callTimeout);
	}
}
