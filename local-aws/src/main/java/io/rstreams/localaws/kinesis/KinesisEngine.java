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
package io.rstreams.localaws.kinesis;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The part of Kinesis that producers and consumers of a stream use, in memory: streams of
 * evenly split shards, records put by partition key or explicit hash key, each with a
 * sequence number and an arrival time, read back through shard iterators. The HTTP API
 * ({@link KinesisHttpHandler}) and in-process consumers (a local bus's processor) call
 * the same methods, so both see the same records, numbers and errors.
 *
 * <p>
 * Streams are ACTIVE as soon as they are created and are never resharded or closed. The
 * limits are Kinesis's (500 records and 5 MiB per PutRecords, 1 MiB per record, 10,000
 * records and 10 MiB per GetRecords), except retention, which is a byte budget per shard
 * instead of a period.
 */
public final class KinesisEngine {

	/** The account in ARNs and messages. */
	public static final String ACCOUNT = "000000000000";

	/** Default data kept per shard before the oldest records are dropped. */
	public static final long DEFAULT_BYTES_PER_SHARD = 256L * 1024 * 1024;

	static final int MAX_PUT_RECORDS = 500;

	static final int MAX_RECORD_BYTES = 1024 * 1024;

	static final int MAX_PUT_BYTES = 5 * 1024 * 1024;

	static final int MAX_GET_RECORDS = 10_000;

	static final int MAX_GET_BYTES = 10 * 1024 * 1024;

	static final int MAX_SHARDS = 100;

	private final Clock clock;

	private final String region;

	private final long bytesPerShard;

	private final ConcurrentNavigableMap<String, Stream> streams = new ConcurrentSkipListMap<>();

	private volatile RecordAdmission admission = RecordAdmission.ACCEPT_ALL;

	public KinesisEngine() {
		this(Clock.systemUTC(), "us-east-1", DEFAULT_BYTES_PER_SHARD);
	}

	/**
	 * @param clock gives records their arrival time
	 * @param region the region in stream ARNs
	 * @param bytesPerShard data kept per shard before the oldest records are dropped
	 */
	public KinesisEngine(Clock clock, String region, long bytesPerShard) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.region = Objects.requireNonNull(region, "region");
		if (bytesPerShard < MAX_RECORD_BYTES) {
			throw new IllegalArgumentException("bytesPerShard must hold at least one record of 1 MiB");
		}
		this.bytesPerShard = bytesPerShard;
	}

	/** Makes puts from now on refuse the records {@code admission} refuses. */
	public void admission(RecordAdmission admission) {
		this.admission = Objects.requireNonNull(admission, "admission");
	}

	/**
	 * Creates an ACTIVE stream.
	 * @throws KinesisException ResourceInUseException if it exists
	 */
	public void createStream(String name, int shardCount) {
		checkName(name);
		if (shardCount < 1) {
			throw KinesisException.validation("1 validation error detected: Value '" + shardCount
					+ "' at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1");
		}
		if (shardCount > MAX_SHARDS) {
			throw new KinesisException("LimitExceededException",
					"This local Kinesis allows at most " + MAX_SHARDS + " shards per stream", 400);
		}
		Stream created = new Stream(name, arn(name), clock.instant(), shardCount, bytesPerShard);
		if (streams.putIfAbsent(name, created) != null) {
			throw KinesisException.resourceInUse("Stream " + name + " under account " + ACCOUNT + " already exists.");
		}
	}

	/** Whether the stream exists. */
	public boolean hasStream(String name) {
		return streams.containsKey(name);
	}

	/** The names of all streams, in order. */
	public List<String> streamNames() {
		return List.copyOf(streams.keySet());
	}

	/** The shard ids of a stream, in order. */
	public List<String> shardIds(String stream) {
		return stream(stream).shards.stream().map(s -> s.id).toList();
	}

	/** How many records were ever put to the stream: a cursor for {@link #awaitPut}. */
	public long putCount(String stream) {
		return stream(stream).appendedCount();
	}

	/**
	 * Waits until more than {@code seen} records were ever put to the stream, or
	 * {@code timeout} passed.
	 * @return whether records were put
	 */
	public boolean awaitPut(String stream, long seen, Duration timeout) throws InterruptedException {
		return stream(stream).awaitAppended(seen, timeout.toMillis());
	}

	/**
	 * Puts one record (PutRecord).
	 * @throws KinesisException the refusal's error when the admission refuses it
	 */
	public PutOutcome putRecord(String stream, PutEntry entry) {
		PutOutcome outcome = putRecords(stream, List.of(entry)).get(0);
		if (!outcome.isStored()) {
			throw new KinesisException(outcome.errorCode(), outcome.errorMessage(), 400);
		}
		return outcome;
	}

	/**
	 * Puts records (PutRecords): each is stored or refused on its own, in order.
	 * @throws KinesisException for an invalid request, in which case nothing is stored
	 */
	public List<PutOutcome> putRecords(String streamName, List<PutEntry> entries) {
		Stream stream = stream(streamName);
		if (entries.isEmpty() || entries.size() > MAX_PUT_RECORDS) {
			throw KinesisException.validation("1 validation error detected: Value '" + entries.size()
					+ " records' at 'records' failed to satisfy constraint: Member must have length less than or equal to "
					+ MAX_PUT_RECORDS + " and greater than or equal to 1");
		}
		long total = 0;
		List<Shard> targets = new ArrayList<>(entries.size());
		for (PutEntry e : entries) {
			int keyLength = e.partitionKey().codePointCount(0, e.partitionKey().length());
			if (keyLength < 1 || keyLength > 256) {
				throw KinesisException.validation("1 validation error detected: Value '" + e.partitionKey()
						+ "' at 'partitionKey' failed to satisfy constraint: Member must have length less than or equal to 256 and greater than or equal to 1");
			}
			if (e.data().length > MAX_RECORD_BYTES) {
				throw KinesisException.validation("1 validation error detected: Value at 'data' failed to satisfy "
						+ "constraint: Member must have length less than or equal to " + MAX_RECORD_BYTES);
			}
			total += e.data().length + e.partitionKey().length();
			BigInteger hashKey = e.explicitHashKey() == null ? HashKeys.ofPartitionKey(e.partitionKey())
					: HashKeys.explicit(e.explicitHashKey());
			targets.add(stream.shardFor(hashKey));
		}
		if (total > MAX_PUT_BYTES) {
			throw KinesisException.invalidArgument("Records size exceeds 5 MB limit");
		}
		Instant arrival = clock.instant();
		RecordAdmission current = admission;
		List<PutOutcome> outcomes = new ArrayList<>(entries.size());
		int stored = 0;
		for (int i = 0; i < entries.size(); i++) {
			PutEntry e = entries.get(i);
			Shard shard = targets.get(i);
			RecordAdmission.Refusal refusal = current.refuse(streamName, shard.id, e);
			if (refusal != null) {
				outcomes.add(PutOutcome.refused(refusal.errorCode(), refusal.errorMessage()));
				continue;
			}
			StoredRecord r = shard.append(e.data().clone(), e.partitionKey(), arrival);
			outcomes.add(PutOutcome.stored(shard.id, r.sequenceNumber()));
			stored++;
		}
		if (stored > 0) {
			stream.appended(stored);
		}
		return outcomes;
	}

	/**
	 * A shard iterator (GetShardIterator).
	 * @param sequenceNumber for AT_ and AFTER_SEQUENCE_NUMBER
	 * @param timestamp for AT_TIMESTAMP
	 */
	public String shardIterator(String streamName, String shardId, IteratorType type, String sequenceNumber,
			Instant timestamp) {
		Stream stream = stream(streamName);
		Shard shard = stream.shard(shardId);
		long position = switch (type) {
			case TRIM_HORIZON -> shard.trimHorizon();
			case LATEST -> shard.end();
			case AT_TIMESTAMP -> {
				if (timestamp == null) {
					throw KinesisException
						.invalidArgument("Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP");
				}
				yield shard.positionAt(timestamp);
			}
			case AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER -> {
				long at = sequencePosition(stream, shard, type, sequenceNumber);
				yield type == IteratorType.AT_SEQUENCE_NUMBER ? at : at + 1;
			}
		};
		return ShardIterators.encode(streamName, shardId, position, clock.instant());
	}

	private static long sequencePosition(Stream stream, Shard shard, IteratorType type, String sequenceNumber) {
		if (sequenceNumber == null) {
			throw KinesisException.invalidArgument(
					"StartingSequenceNumber must be specified for iterator of type " + type + " on shard " + shard.id);
		}
		long at = shard.sequenceNumbers.positionOf(sequenceNumber);
		if (at < 0 || at >= shard.end()) {
			throw KinesisException.invalidArgument("StartingSequenceNumber " + sequenceNumber
					+ " used in GetShardIterator on shard " + shard.id + " in stream " + stream.name + " under account "
					+ ACCOUNT + " is invalid because it did not come from this stream.");
		}
		return at;
	}

	/** Reads records after an iterator (GetRecords). */
	public RecordsPage getRecords(String iterator, int limit) {
		if (limit < 1 || limit > MAX_GET_RECORDS) {
			throw KinesisException.validation("1 validation error detected: Value '" + limit
					+ "' at 'limit' failed to satisfy constraint: Member must have value less than or equal to "
					+ MAX_GET_RECORDS + " and greater than or equal to 1");
		}
		Instant now = clock.instant();
		ShardIterators.Position at = ShardIterators.decode(iterator, now);
		Shard shard = stream(at.stream()).shard(at.shardId());
		List<StoredRecord> records = shard.read(at.position(), limit, MAX_GET_BYTES);
		long next = Math.max(at.position(), shard.trimHorizon()) + records.size();
		Instant nextArrival = shard.arrivalAt(next);
		long behind = nextArrival == null ? 0 : Math.max(0, now.toEpochMilli() - nextArrival.toEpochMilli());
		return new RecordsPage(records, ShardIterators.encode(at.stream(), at.shardId(), next, now), behind);
	}

	/** The ARN of a stream of this engine. */
	public String arn(String name) {
		return "arn:aws:kinesis:" + region + ":" + ACCOUNT + ":stream/" + name;
	}

	/** The stream a StreamName or StreamARN member names. */
	String streamName(String name, String arn) {
		if (name != null) {
			return name;
		}
		if (arn != null) {
			int slash = arn.lastIndexOf(":stream/");
			if (slash < 0) {
				throw KinesisException.invalidArgument("Invalid StreamARN " + arn);
			}
			return arn.substring(slash + ":stream/".length());
		}
		throw KinesisException.validation("Either StreamName or StreamARN should be provided.");
	}

	Stream stream(String name) {
		Objects.requireNonNull(name, "name");
		Stream stream = streams.get(name);
		if (stream == null) {
			throw KinesisException.resourceNotFound("Stream " + name + " under account " + ACCOUNT + " not found.");
		}
		return stream;
	}

	Clock clock() {
		return clock;
	}

	private static void checkName(String name) {
		if (name == null || !name.matches("[a-zA-Z0-9_.-]{1,128}")) {
			throw KinesisException.validation("1 validation error detected: Value '" + name
					+ "' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
		}
	}

}
