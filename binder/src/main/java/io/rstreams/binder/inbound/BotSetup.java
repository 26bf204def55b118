package io.rstreams.binder.inbound;

import java.time.Duration;

import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.client.QueueRef;
import io.rstreams.client.bot.BotLease;
import io.rstreams.client.bot.BotRegistry;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadStart;
import io.rstreams.client.read.StartPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who reads a queue and from where: a named bot (LeoCron checkpoint, registration) or an anonymous consumer
 * (in-memory position, nothing stored).
 *
 * @param botId         the bot id, or {@code null} for an anonymous consumer
 * @param startPosition where to start without a checkpoint (or always, with {@code reset})
 * @param reset         start at {@code startPosition} even when the bot has a checkpoint
 * @param register      register the bot in LeoCron before reading
 * @param description   the registration's description
 * @param callTimeout   bound of the LeoCron calls
 */
public record BotSetup(String botId, StartPosition startPosition, boolean reset, boolean register,
		String description, Duration callTimeout) {

	private static final Logger log = LoggerFactory.getLogger(BotSetup.class);

	public boolean anonymous() {
		return botId == null;
	}

	/** Registers the bot (if asked) and resolves where reading starts. */
	ReadStart start(QueueReader reader, String queue) {
		if (anonymous()) {
			ReadStart start = reader.resolveStart("anonymous", queue, startPosition);
			return new ReadStart(null, start.queue(), startPosition.lowerBound(null, clockOf(reader)), null, false,
					start.queueInfo(), start.maxEid());
		}
		if (!Checkpointer.storageBotId(botId).equals(botId)) {
			log.warn("Bot id '{}' ends in '_reader': like the Node SDK, its checkpoints are stored under '{}'", botId,
					Checkpointer.storageBotId(botId));
		}
		ReadStart start = reader.resolveStart(botId, queue, StartPosition.CHECKPOINT);
		if (start.checkpoint() == null && !reset) {
			return new ReadStart(start.botId(), start.queue(), startPosition.lowerBound(null, clockOf(reader)), null,
					start.botExists(), start.queueInfo(), start.maxEid());
		}
		if (reset) {
			String after = startPosition.lowerBound(null, clockOf(reader));
			log.warn("Bot '{}' on queue '{}': reset-checkpoint is set, starting at '{}' instead of its checkpoint {}",
					botId, queue, after.strip(), start.checkpoint());
			return new ReadStart(start.botId(), start.queue(), after, start.checkpoint(), start.botExists(),
					start.queueInfo(), start.maxEid());
		}
		return start;
	}

	/** Registers the bot in LeoCron as a reader of {@code queue} (never touching its Lambda or checkpoints). */
	void register(RStreamsBusConnection connection, String queue, String destination) {
		if (anonymous() || !register) {
			return;
		}
		new BotRegistry(connection.dynamo(), connection.bus(), callTimeout).registerReader(
				Checkpointer.storageBotId(botId), QueueRef.parse(queue).refId(),
				destination == null ? null : QueueRef.parse(destination).refId(), description);
	}

	CheckpointTracker tracker(RStreamsBusConnection connection, String queue, ReadStart start, BotLease lease) {
		Checkpointer checkpointer = anonymous() ? null : new Checkpointer(connection.dynamo(), connection.bus(),
				callTimeout);
		return new CheckpointTracker(checkpointer, lease, botId, queue, start.checkpoint(),
				reset ? null : start.checkpoint(), connection.clock(), callTimeout);
	}

	/** The lease this bot's reader of {@code queue} must hold, or {@code null} (anonymous, or leases off). */
	BotLease lease(RStreamsBusConnection connection, String queue, String owner, java.time.Duration duration,
			boolean enabled) {
		if (anonymous() || !enabled) {
			return null;
		}
		return new BotLease(connection.dynamo(), connection.bus(), botId, QueueRef.parse(queue).refId(), owner, duration,
				connection.clock(), callTimeout);
	}

	private static java.time.Clock clockOf(QueueReader reader) {
		return reader.settings().clock();
	}
}
