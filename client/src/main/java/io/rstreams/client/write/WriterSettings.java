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
package io.rstreams.client.write;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and behaviour of a {@link QueueWriter}. The defaults are the Node SDK's
 * (protocol.md 5.1 - 5.3): a chunk (one Kinesis record) closes at 100 events, 200 KiB of
 * NDJSON or 200 ms; a {@code PutRecords} carries at most 100 records or 200 KiB of gzip;
 * events over 600 KiB (614,400 bytes) of JSON go to S3; failed entries are retried up to
 * 10 times with Fibonacci back-off from 10 ms to 1 s.
 *
 * @param mode where events go
 * @param chunkRecords events per chunk
 * @param chunkBytes uncompressed NDJSON bytes per chunk
 * @param linger how long the first buffered event waits for company before everything is
 * sent
 * @param batchRecords records per PutRecords
 * @param batchBytes compressed bytes per PutRecords
 * @param offloadThresholdBytes events whose JSON is larger go to S3 with a pointer record
 * (Kinesis mode)
 * @param partitionKey Kinesis PartitionKey
 * @param explicitHashKey Kinesis ExplicitHashKey, or {@code null} to send none
 * @param useQueuePartition partition by queue name instead (SDK
 * {@code useQueuePartition}; no ExplicitHashKey)
 * @param maxAttempts attempts per record before its events fail
 * @param backoffInitial first retry delay
 * @param backoffMax largest retry delay
 * @param maxBufferedBytes bytes buffered or in flight before {@code write} blocks the
 * caller
 * @param callTimeout bound of each AWS call, and of a blocked {@code write}
 * @param s3ChunkBytes uncompressed bytes per gzip member of an S3 file
 * @param s3ChunksPerFile gzip members per S3 file
 * @param s3FileTime how long an S3 file stays open
 * @param firehoseBatchBytes NDJSON bytes per Firehose record
 */
public record WriterSettings(WriteMode mode, int chunkRecords, long chunkBytes, Duration linger, int batchRecords,
		long batchBytes, long offloadThresholdBytes, String partitionKey, String explicitHashKey,
		boolean useQueuePartition, int maxAttempts, Duration backoffInitial, Duration backoffMax, long maxBufferedBytes,
		Duration callTimeout, long s3ChunkBytes, int s3ChunksPerFile, Duration s3FileTime, long firehoseBatchBytes) {

	public static final long KIB = 1024;

	public WriterSettings {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(linger, "linger");
		Objects.requireNonNull(backoffInitial, "backoffInitial");
		Objects.requireNonNull(backoffMax, "backoffMax");
		Objects.requireNonNull(callTimeout, "callTimeout");
		Objects.requireNonNull(s3FileTime, "s3FileTime");
		requirePositive(chunkRecords, "chunkRecords");
		requirePositive(chunkBytes, "chunkBytes");
		requirePositive(batchRecords, "batchRecords");
		requirePositive(batchBytes, "batchBytes");
		requirePositive(maxAttempts, "maxAttempts");
		requirePositive(maxBufferedBytes, "maxBufferedBytes");
		requirePositive(s3ChunkBytes, "s3ChunkBytes");
		requirePositive(s3ChunksPerFile, "s3ChunksPerFile");
		requirePositive(firehoseBatchBytes, "firehoseBatchBytes");
		if (batchRecords > 500) {
			throw new IllegalArgumentException("batchRecords must be at most 500 (the Kinesis PutRecords limit)");
		}
		Objects.requireNonNull(partitionKey, "partitionKey");
	}

	private static void requirePositive(long value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

	/** The Node SDK's defaults, Kinesis mode. */
	public static WriterSettings defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		Builder b = new Builder();
		b.mode = mode;
		b.chunkRecords = chunkRecords;
		b.chunkBytes = chunkBytes;
		b.linger = linger;
		b.batchRecords = batchRecords;
		b.batchBytes = batchBytes;
		b.offloadThresholdBytes = offloadThresholdBytes;
		b.partitionKey = partitionKey;
		b.explicitHashKey = explicitHashKey;
		b.useQueuePartition = useQueuePartition;
		b.maxAttempts = maxAttempts;
		b.backoffInitial = backoffInitial;
		b.backoffMax = backoffMax;
		b.maxBufferedBytes = maxBufferedBytes;
		b.callTimeout = callTimeout;
		b.s3ChunkBytes = s3ChunkBytes;
		b.s3ChunksPerFile = s3ChunksPerFile;
		b.s3FileTime = s3FileTime;
		b.firehoseBatchBytes = firehoseBatchBytes;
		return b;
	}

	/** Builder starting from the Node SDK's defaults. */
	public static final class Builder {

		private WriteMode mode = WriteMode.KINESIS;

		private int chunkRecords = 100;

		private long chunkBytes = 200 * KIB;

		private Duration linger = Duration.ofMillis(200);

		private int batchRecords = 100;

		private long batchBytes = 200 * KIB;

		private long offloadThresholdBytes = 614_400;

		private String partitionKey = "0";

		private String explicitHashKey = "0";

		private boolean useQueuePartition;

		private int maxAttempts = 10;

		private Duration backoffInitial = Duration.ofMillis(10);

		private Duration backoffMax = Duration.ofSeconds(1);

		private long maxBufferedBytes = 32 * 1024 * KIB;

		private Duration callTimeout = Duration.ofSeconds(30);

		private long s3ChunkBytes = 10 * 1024 * KIB;

		private int s3ChunksPerFile = 10;

		private Duration s3FileTime = Duration.ofSeconds(10);

		private long firehoseBatchBytes = 900_000;

		private Builder() {
		}

		public Builder mode(WriteMode value) {
			mode = value;
			return this;
		}

		public Builder chunk(int records, long bytes) {
			chunkRecords = records;
			chunkBytes = bytes;
			return this;
		}

		public Builder linger(Duration value) {
			linger = value;
			return this;
		}

		public Builder batch(int records, long bytes) {
			batchRecords = records;
			batchBytes = bytes;
			return this;
		}

		public Builder offloadThresholdBytes(long value) {
			offloadThresholdBytes = value;
			return this;
		}

		public Builder partitioning(String key, String hashKey, boolean byQueue) {
			partitionKey = key;
			explicitHashKey = hashKey;
			useQueuePartition = byQueue;
			return this;
		}

		public Builder retries(int attempts, Duration initial, Duration max) {
			maxAttempts = attempts;
			backoffInitial = initial;
			backoffMax = max;
			return this;
		}

		public Builder maxBufferedBytes(long value) {
			maxBufferedBytes = value;
			return this;
		}

		public Builder callTimeout(Duration value) {
			callTimeout = value;
			return this;
		}

		public Builder s3Files(long memberBytes, int membersPerFile, Duration fileTime) {
			s3ChunkBytes = memberBytes;
			s3ChunksPerFile = membersPerFile;
			s3FileTime = fileTime;
			return this;
		}

		public Builder firehoseBatchBytes(long value) {
			firehoseBatchBytes = value;
			return this;
		}

		public WriterSettings build() {
			return new WriterSettings(mode, chunkRecords, chunkBytes, linger, batchRecords, batchBytes,
					offloadThresholdBytes, partitionKey, explicitHashKey, useQueuePartition, maxAttempts,
					backoffInitial, backoffMax, maxBufferedBytes, callTimeout, s3ChunkBytes, s3ChunksPerFile,
					s3FileTime, firehoseBatchBytes);
		}

	}

	/**
	 * The delay before attempt {@code attempt} (1-based; attempt 1 has none): Fibonacci,
	 * capped.
	 */
	public Duration backoff(int attempt) {
		if (attempt <= 1) {
			return Duration.ZERO;
		}
		long a = backoffInitial.toMillis();
		long b = backoffInitial.toMillis();
		for (int i = 2; i < attempt; i++) {
			long next = a + b;
			a = b;
			b = next;
			if (b >= backoffMax.toMillis()) {
				break;
			}
		}
		return Duration.ofMillis(Math.min(b, backoffMax.toMillis()));
	}
}
