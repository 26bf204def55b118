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
package io.rstreams.binder.properties;

import java.time.Duration;

import org.springframework.util.unit.DataSize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * RStreams settings of one consumer binding
 * ({@code spring.cloud.stream.rstreams.bindings.<binding>.consumer.*}, defaults under
 * {@code spring.cloud.stream.rstreams.default.consumer.*}).
 */
public class RStreamsConsumerProperties {

	/**
	 * The RStreams bot id that reads the queue and owns the checkpoint in LeoCron.
	 * Defaults to the binding's group; a binding without group and without bot id is
	 * anonymous (in-memory position, nothing in LeoCron).
	 */
	private String botId;

	/**
	 * Where a bot without a checkpoint starts: 'checkpoint' (= today, as the Node SDK),
	 * 'beginning', 'today', 'now' or an eid (read after it). An anonymous consumer starts
	 * at 'now' unless this is set.
	 */
	private String start;

	/**
	 * Start at 'start' even when the bot has a checkpoint, and overwrite that checkpoint
	 * at the first checkpoint. Applies at every start of the binding: set it for one
	 * deployment to reset a bot, then remove it.
	 */
	private boolean resetCheckpoint = false;

	/** When the read checkpoint moves: batch (default), record, periodic or manual. */
	private CheckpointMode checkpointMode = CheckpointMode.BATCH;

	/** Periodic mode: checkpoint at least this often while events are handled. */
	private Duration checkpointInterval;

	/** Periodic mode: checkpoint at least every this many events. */
	private Integer checkpointCount;

	/**
	 * Most events read and handed to the application per poll (and per batch in batch
	 * mode).
	 */
	private int batchSize = 500;

	/** Most bytes of stored event lines read per poll. */
	private DataSize maxBatchBytes = DataSize.ofMegabytes(8);

	/**
	 * How long an idle binding waits between polls. An idle poll costs one LeoEvent read;
	 * LeoStream is only queried when the queue's max eid is past the binding's position.
	 */
	private Duration pollInterval = Duration.ofSeconds(1);

	/**
	 * How long the first retry of a poll that failed (AWS error, unhandled error) waits;
	 * doubles up to 30 s.
	 */
	private Duration errorBackoff = Duration.ofSeconds(1);

	/**
	 * On shutdown, how long to wait for in-flight events, their outputs and the final
	 * checkpoint.
	 */
	private Duration shutdownTimeout = Duration.ofSeconds(30);

	/**
	 * Register the bot in LeoCron (name, triggers = the queue, no Lambda) so it shows
	 * with its checkpoints where Node bots do. Never changes an existing bot's Lambda or
	 * checkpoints.
	 */
	private boolean registerBot = true;

	/**
	 * After the retries, write a failed event to a dead-letter queue (an ordinary
	 * RStreams queue, so Node bots can read it) with the error, then move on. Without it,
	 * a failed event is retried until something handles it.
	 */
	private boolean enableDlq = false;

	/** The dead-letter queue; default 'error.<queue>.<bot id>'. */
	private String dlqName;

	/**
	 * One active reader per bot and queue: instances sharing the bot id take a lease on
	 * the bot's LeoCron item; the others stand by and take over when the owner stops or
	 * its lease expires. Only for bots (not anonymous).
	 */
	private boolean leaseEnabled = true;

	/**
	 * How long a lease lasts without renewal: the longest a dead owner keeps the others
	 * waiting.
	 */
	private Duration leaseDuration = Duration.ofSeconds(30);

	/** How often the owner renews its lease (default a third of the lease duration). */
	private Duration leaseRenewInterval;

	/**
	 * With instance-count > 1: a SpEL expression whose value decides which instance
	 * handles an event (evaluated on the event: 'payload', 'payload.customerId', 'id',
	 * 'eid', ...); default the eid, as the Node SDK's fanout. Events with the same key go
	 * to the same instance, in order.
	 */
	private String partitionKeyExpression;

	/**
	 * With concurrency > 1: a SpEL expression over the event ('payload.customerId', 'id',
	 * ...) whose value keeps events in order: events with the same key are handled one
	 * after the other by one worker. Without it events are spread over the workers with
	 * no order between them.
	 */
	private String orderingKeyExpression;

	/**
	 * How often the binding counts the events between its position and the queue's max
	 * eid (for health and the lag metric); one small LeoStream query per interval while
	 * behind.
	 */
	private Duration lagInterval = Duration.ofSeconds(30);

	/** How often a standby instance tries to take the lease. */
	private Duration leaseRetryInterval = Duration.ofSeconds(5);

	public String getBotId() {
		return botId;
	}

	public void setBotId(String botId) {
		this.botId = botId;
	}

	public String getStart() {
		return start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public boolean isResetCheckpoint() {
		return resetCheckpoint;
	}

	public void setResetCheckpoint(boolean resetCheckpoint) {
		this.resetCheckpoint = resetCheckpoint;
	}

	public CheckpointMode getCheckpointMode() {
		return checkpointMode;
	}

	public void setCheckpointMode(CheckpointMode checkpointMode) {
		this.checkpointMode = checkpointMode;
	}

	public Duration getCheckpointInterval() {
		return checkpointInterval;
	}

	public void setCheckpointInterval(Duration checkpointInterval) {
		this.checkpointInterval = checkpointInterval;
	}

	public Integer getCheckpointCount() {
		return checkpointCount;
	}

	public void setCheckpointCount(Integer checkpointCount) {
		this.checkpointCount = checkpointCount;
	}

	public int getBatchSize() {
		return batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

	@JsonSerialize(using = ReadableDataSizeSerializer.class)
	public DataSize getMaxBatchBytes() {
		return maxBatchBytes;
	}

	public void setMaxBatchBytes(DataSize maxBatchBytes) {
		this.maxBatchBytes = maxBatchBytes;
	}

	public Duration getPollInterval() {
		return pollInterval;
	}

	public void setPollInterval(Duration pollInterval) {
		this.pollInterval = pollInterval;
	}

	public Duration getErrorBackoff() {
		return errorBackoff;
	}

	public void setErrorBackoff(Duration errorBackoff) {
		this.errorBackoff = errorBackoff;
	}

	public Duration getShutdownTimeout() {
		return shutdownTimeout;
	}

	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	public String getPartitionKeyExpression() {
		return partitionKeyExpression;
	}

	public void setPartitionKeyExpression(String partitionKeyExpression) {
		this.partitionKeyExpression = partitionKeyExpression;
	}

	public String getOrderingKeyExpression() {
		return orderingKeyExpression;
	}

	public void setOrderingKeyExpression(String orderingKeyExpression) {
		this.orderingKeyExpression = orderingKeyExpression;
	}

	public Duration getLagInterval() {
		return lagInterval;
	}

	public void setLagInterval(Duration lagInterval) {
		this.lagInterval = lagInterval;
	}

	public boolean isEnableDlq() {
		return enableDlq;
	}

	public void setEnableDlq(boolean enableDlq) {
		this.enableDlq = enableDlq;
	}

	public String getDlqName() {
		return dlqName;
	}

	public void setDlqName(String dlqName) {
		this.dlqName = dlqName;
	}

	public boolean isLeaseEnabled() {
		return leaseEnabled;
	}

	public void setLeaseEnabled(boolean leaseEnabled) {
		this.leaseEnabled = leaseEnabled;
	}

	public Duration getLeaseDuration() {
		return leaseDuration;
	}

	public void setLeaseDuration(Duration leaseDuration) {
		this.leaseDuration = leaseDuration;
	}

	public Duration getLeaseRenewInterval() {
		return leaseRenewInterval;
	}

	public void setLeaseRenewInterval(Duration leaseRenewInterval) {
		this.leaseRenewInterval = leaseRenewInterval;
	}

	public Duration getLeaseRetryInterval() {
		return leaseRetryInterval;
	}

	public void setLeaseRetryInterval(Duration leaseRetryInterval) {
		this.leaseRetryInterval = leaseRetryInterval;
	}

	public boolean isRegisterBot() {
		return registerBot;
	}

	public void setRegisterBot(boolean registerBot) {
		this.registerBot = registerBot;
	}

}
