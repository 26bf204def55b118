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
package io.rstreams.localbus.kinesis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.kinesis.model.ListShardsRequest;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * One stream with one shard, in memory, answering the calls a poller makes: records are
 * handed out in pages of {@code pageSize} (so batches are predictable), iterators are
 * positions, and one iterator can be made to expire.
 */
final class StubKinesis implements KinesisAsyncClient {

	static final String SHARD = "shardId-000000000000";

	final List<Record> records = new CopyOnWriteArrayList<>();

	final List<String> iteratorRequests = new CopyOnWriteArrayList<>();

	final AtomicBoolean expireNextGet = new AtomicBoolean();

	private final int pageSize;

	StubKinesis(int pageSize) {
		this.pageSize = pageSize;
	}

	/**
	 * Appends a record; its sequence number is its position, zero-padded like Kinesis's
	 * (ordinal order).
	 */
	void put(byte[] data, long arrivalMillis) {
		String sequence = String.format("4960000000000000000%020d", records.size());
		records.add(Record.builder()
			.sequenceNumber(sequence)
			.approximateArrivalTimestamp(Instant.ofEpochMilli(arrivalMillis))
			.data(SdkBytes.fromByteArray(data))
			.partitionKey("0")
			.build());
	}

	@Override
	public CompletableFuture<ListShardsResponse> listShards(ListShardsRequest request) {
		return CompletableFuture
			.completedFuture(ListShardsResponse.builder().shards(Shard.builder().shardId(SHARD).build()).build());
	}

	@Override
	public CompletableFuture<GetShardIteratorResponse> getShardIterator(GetShardIteratorRequest request) {
		iteratorRequests.add(request.shardIteratorType()
				+ (request.startingSequenceNumber() == null ? "" : " " + request.startingSequenceNumber()));
		int position = 0;
		if (request.shardIteratorType() == ShardIteratorType.AFTER_SEQUENCE_NUMBER) {
			while (!records.get(position).sequenceNumber().equals(request.startingSequenceNumber())) {
				position++;
			}
			position++;
		}
		return CompletableFuture
			.completedFuture(GetShardIteratorResponse.builder().shardIterator("at-" + position).build());
	}

	@Override
	public CompletableFuture<GetRecordsResponse> getRecords(GetRecordsRequest request) {
		if (expireNextGet.compareAndSet(true, false)) {
			return CompletableFuture.failedFuture(ExpiredIteratorException.builder()
				.message("Iterator expired")
				.statusCode(400)
				.awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
					.errorCode("ExpiredIteratorException")
					.errorMessage("Iterator expired")
					.build())
				.build());
		}
		int position = Integer.parseInt(request.shardIterator().substring(3));
		int end = Math.min(records.size(), Math.min(position + pageSize, position + request.limit()));
		List<Record> page = new ArrayList<>(records.subList(position, end));
		return CompletableFuture.completedFuture(GetRecordsResponse.builder()
			.records(page)
			.nextShardIterator("at-" + end)
			.millisBehindLatest(end < records.size() ? 1000L : 0L)
			.build());
	}

	@Override
	public String serviceName() {
		return "kinesis";
	}

	@Override
	public void close() {
	}

}
