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

import java.util.function.BooleanSupplier;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.binder.status.Failures;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.leocron.BotLease;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a bot ready to read (see {@link BotSetup}): registers it in LeoCron with its
 * lease, retrying with back-off until it passes or the binding stops; resolves where it
 * reads from; and applies an operator's move.
 */
final class BotStarter {

	private static final Logger log = LoggerFactory.getLogger(BotStarter.class);

	private final BotSetup bot;

	private final RStreamsBusConnection connection;

	private final QueueReader reader;

	private final String queue;

	private final String bindingName;

	private final String owner;

	private final ConsumerSettings settings;

	private final ReaderState state;

	private final WakeUp wakeUp;

	BotStarter(BotSetup bot, RStreamsBusConnection connection, QueueReader reader, String queue, String owner,
			ConsumerSettings settings, ReaderState state, WakeUp wakeUp) {
		this.bot = bot;
		this.connection = connection;
		this.reader = reader;
		this.queue = queue;
		this.bindingName = settings.bindingName();
		this.owner = owner;
		this.settings = settings;
		this.state = state;
		this.wakeUp = wakeUp;
	}

	/**
	 * Registers the bot and makes its lease, retrying transient failures (BLOCKED
	 * meanwhile) until stopped. Returns whether it did; the lease goes to {@code leases}.
	 */
	boolean register(LeaseKeeper leases, BooleanSupplier running) {
		Backoff backoff = new Backoff(settings.errorBackoff());
		while (running.getAsBoolean()) {
			try {
				bot.register(connection, queue, null);
				leases.use(bot.lease(connection, queue, owner, settings.leaseDuration(), settings.leaseEnabled()));
				return true;
			}
			catch (RuntimeException ex) {
				state.blocked(ex);
				log.error("Binding '{}' could not register bot '{}' in LeoCron; retrying in {} ms: {}", bindingName,
						bot.botId(), backoff.current().toMillis(), Failures.describe(ex));
				if (!wakeUp.sleep(backoff.next(), running)) {
					return false;
				}
			}
		}
		return false;
	}

	/**
	 * Where reading starts, fresh from LeoCron (another reader may have moved the
	 * checkpoint).
	 */
	ReadStart resolve() {
		return bot.start(reader, queue, connection);
	}

	CheckpointTracker tracker(ReadStart start, BotLease lease) {
		return bot.tracker(connection, queue, start, lease);
	}

	/**
	 * Writes the bot's checkpoint at {@code eid} unconditionally (as the Node SDK's
	 * force) and returns the tracker that reads on after it.
	 */
	CheckpointTracker move(String eid, BotLease lease) {
		if (bot.botId() != null) {
			new Checkpointer(connection.dynamo(), connection.bus(), bot.callTimeout()).forceCheckpoint(bot.botId(),
					queue, new Checkpoint(eid, null, null, connection.clock().millis(), 0L));
		}
		ReadStart moved = new ReadStart(bot.botId(), queue, ReadPosition.after(eid), eid, true, null, eid);
		log.warn("Binding '{}': bot '{}' moved to {} on queue '{}' by an operator", bindingName, bot.botId(), eid,
				queue);
		return bot.tracker(connection, queue, moved, lease);
	}

}
