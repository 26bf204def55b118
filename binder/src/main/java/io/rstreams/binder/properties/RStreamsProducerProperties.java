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

import io.rstreams.client.write.WriteMode;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * RStreams settings of one producer binding
 * ({@code spring.cloud.stream.rstreams.bindings.<binding>.producer.*}, defaults under
 * {@code spring.cloud.stream.rstreams.default.producer.*}). Limits default to the Node
 * SDK's.
 *
 * <p>
 * The defaults are the client's {@code WriterSettings.defaults()}, written as literals
 * because the configuration processor shows IDEs only literal defaults, not constants of
 * another class; {@code ProducerSettingsTest} fails if the two drift apart.
 */
public class RStreamsProducerProperties {

	/**
	 * The bot id written as the events' 'id'. Defaults to the bot (consumer group) of the
	 * Function whose input produced the output; for a Supplier to the Supplier's name;
	 * for StreamBridge (a dynamic destination or a declared output binding) to
	 * 'spring.application.name', else the binding's name.
	 */
	private String botId;

	/**
	 * The 'event_source_timestamp' of an output made from a batch of inputs: 'last' (the
	 * last input's, as the Node SDK does) or 'oldest' (the oldest input's, so that lag is
	 * never understated).
	 */
	private BatchSourceTimestamp batchEventSourceTimestamp = BatchSourceTimestamp.LAST;

	/**
	 * How events reach the bus: kinesis (default), s3 (files plus pointer records) or
	 * firehose.
	 */
	private WriteMode mode = WriteMode.KINESIS;

	/** How long a buffered event waits for more before the buffer is sent. */
	private Duration linger = Duration.ofMillis(200);

	/** Events per Kinesis record (one gzip chunk). */
	private int chunkRecords = 100;

	/** Uncompressed NDJSON bytes per Kinesis record. */
	private DataSize chunkSize = DataSize.ofKilobytes(200);

	/** Records per PutRecords call (at most 500). */
	private int batchRecords = 100;

	/** Events whose JSON is larger than this go to S3 with a pointer record. */
	private DataSize offloadThreshold = DataSize.ofKilobytes(600);

	/**
	 * Kinesis ExplicitHashKey (the Node SDK's partitionHashKey); '0' keeps every write on
	 * one shard, in order.
	 */
	private String explicitHashKey = "0";

	/**
	 * Use the queue name as the Kinesis partition key instead (the SDK's
	 * useQueuePartition).
	 */
	private boolean useQueuePartition = false;

	/** Attempts per Kinesis record before its events fail. */
	private int maxAttempts = 10;

	/** Bytes buffered or in flight before writes block the caller. */
	private DataSize maxBufferedSize = DataSize.ofMegabytes(32);

	/** Bound of each call to the bus, and of a write blocked by a full buffer. */
	private Duration callTimeout = Duration.ofSeconds(30);

	/**
	 * Wait for the bus to accept each message before returning from the send (slower; for
	 * StreamBridge callers that need to know). Function outputs never need it: their
	 * input's checkpoint already waits for them.
	 */
	private boolean sync = false;

	/**
	 * Write each element of a returned collection as its own event (1 -> N, each with the
	 * same correlation). Defaults to true when the bound function is declared to return a
	 * Collection.
	 */
	private Boolean splitCollections;

	public BatchSourceTimestamp getBatchEventSourceTimestamp() {
		return batchEventSourceTimestamp;
	}

	public void setBatchEventSourceTimestamp(BatchSourceTimestamp batchEventSourceTimestamp) {
		this.batchEventSourceTimestamp = batchEventSourceTimestamp;
	}

	public String getBotId() {
		return botId;
	}

	public void setBotId(String botId) {
		this.botId = botId;
	}

	public WriteMode getMode() {
		return mode;
	}

	public void setMode(WriteMode mode) {
		this.mode = mode;
	}

	public Duration getLinger() {
		return linger;
	}

	public void setLinger(Duration linger) {
		this.linger = linger;
	}

	public int getChunkRecords() {
		return chunkRecords;
	}

	public void setChunkRecords(int chunkRecords) {
		this.chunkRecords = chunkRecords;
	}

	@JsonSerialize(using = ReadableDataSizeSerializer.class)
	public DataSize getChunkSize() {
		return chunkSize;
	}

	public void setChunkSize(DataSize chunkSize) {
		this.chunkSize = chunkSize;
	}

	public int getBatchRecords() {
		return batchRecords;
	}

	public void setBatchRecords(int batchRecords) {
		this.batchRecords = batchRecords;
	}

	@JsonSerialize(using = ReadableDataSizeSerializer.class)
	public DataSize getOffloadThreshold() {
		return offloadThreshold;
	}

	public void setOffloadThreshold(DataSize offloadThreshold) {
		this.offloadThreshold = offloadThreshold;
	}

	public String getExplicitHashKey() {
		return explicitHashKey;
	}

	public void setExplicitHashKey(String explicitHashKey) {
		this.explicitHashKey = explicitHashKey;
	}

	public boolean isUseQueuePartition() {
		return useQueuePartition;
	}

	public void setUseQueuePartition(boolean useQueuePartition) {
		this.useQueuePartition = useQueuePartition;
	}

	public int getMaxAttempts() {
		return maxAttempts;
	}

	public void setMaxAttempts(int maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	@JsonSerialize(using = ReadableDataSizeSerializer.class)
	public DataSize getMaxBufferedSize() {
		return maxBufferedSize;
	}

	public void setMaxBufferedSize(DataSize maxBufferedSize) {
		this.maxBufferedSize = maxBufferedSize;
	}

	public Duration getCallTimeout() {
		return callTimeout;
	}

	public void setCallTimeout(Duration callTimeout) {
		this.callTimeout = callTimeout;
	}

	public boolean isSync() {
		return sync;
	}

	public void setSync(boolean sync) {
		this.sync = sync;
	}

	public Boolean getSplitCollections() {
		return splitCollections;
	}

	public void setSplitCollections(Boolean splitCollections) {
		this.splitCollections = splitCollections;
	}

}
