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

import java.util.Collections;
import java.util.function.Consumer;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorRequest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.rstreams.localaws.LocalAwsServer;
import io.rstreams.localaws.kinesis.KinesisClients.MovableClock;
import io.rstreams.localaws.kinesis.KinesisClients.SentContentTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.DescribeStreamResponse;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.KinesisException;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.kinesis.waiters.KinesisWaiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every Kinesis operation of the local API through the AWS SDK for Java, once with its
 * default CBOR encoding and once with JSON: what producers, the bus's poller and other
 * consumers of a stream call, and the errors they must be able to tell apart.
 */
class KinesisApiTest {

	private static final Instant START = Instant.parse("2024-01-01T00:01:00.123Z");

	private final MovableClock clock = new MovableClock(START);

	private final LocalAwsServer server = LocalAwsServer.start(LocalAwsServer.Options.defaults().clock(clock));

	private final SentContentTypes sent = new SentContentTypes();

	@AfterEach
	void stop() {
		server.close();
	}

	private KinesisClient client(WireFormat format) {
		return KinesisClients.sync(server, format, sent);
	}

	private static SdkBytes bytes(String text) {
		return SdkBytes.fromString(text, StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@EnumSource(WireFormat.class)
	void speaksTheEncodingTheClientChose(WireFormat format) {
		try (KinesisClient kinesis = client(format)) {
			kinesis.listStreams();
		}
		assertThat(sent.types).containsExactly(format.contentType());
	}

	@ParameterizedTest
	@EnumSource(WireFormat.class)
	void createsDescribesAndListsStreamsAndShards(WireFormat format) {
		try (KinesisClient kinesis = client(format)) {
			kinesis.createStream(b -> b.streamName("orders").shardCount(3));
			kinesis.createStream(b -> b.streamName("audit").shardCount(1));
			try (KinesisWaiter waiter = KinesisWaiter.builder().client(kinesis).build()) {
				assertThat(waiter.waitUntilStreamExists(b -> b.streamName("orders")).matched().response())
					.hasValueSatisfying(
							r -> assertThat(r.streamDescription().streamStatus()).isEqualTo(StreamStatus.ACTIVE));
			}

			DescribeStreamResponse described = kinesis.describeStream(b -> b.streamName("orders"));
			assertThat(described.streamDescription().streamARN())
				.isEqualTo("arn:aws:kinesis:us-east-1:000000000000:stream/orders");
			assertThat(described.streamDescription().streamCreationTimestamp()).isEqualTo(START);
			assertThat(described.streamDescription().hasMoreShards()).isFalse();
			List<Shard> shards = described.streamDescription().shards();
			assertThat(shards).extracting(Shard::shardId)
				.containsExactly("shardId-000000000000", "shardId-000000000001", "shardId-000000000002");
			assertThat(shards.get(0).hashKeyRange().startingHashKey()).isEqualTo("0");
			assertThat(shards.get(2).hashKeyRange().endingHashKey())
				.isEqualTo(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE).toString());
			for (int i = 1; i < shards.size(); i++) {
				assertThat(new BigInteger(shards.get(i).hashKeyRange().startingHashKey()))
					.isEqualTo(new BigInteger(shards.get(i - 1).hashKeyRange().endingHashKey()).add(BigInteger.ONE));
			}
			assertThat(kinesis.describeStream(b -> b.streamName("orders").limit(2)).streamDescription().hasMoreShards())
				.isTrue();

			assertThat(kinesis.describeStreamSummary(b -> b.streamName("orders")).streamDescriptionSummary())
				.satisfies(s -> {
					assertThat(s.openShardCount()).isEqualTo(3);
					assertThat(s.streamStatus()).isEqualTo(StreamStatus.ACTIVE);
					assertThat(s.retentionPeriodHours()).isEqualTo(24);
				});

			ListShardsResponse first = kinesis.listShards(b -> b.streamName("orders").maxResults(2));
			assertThat(first.shards()).hasSize(2);
			assertThat(first.nextToken()).isNotNull();
			ListShardsResponse second = kinesis.listShards(b -> b.nextToken(first.nextToken()));
			assertThat(second.shards()).extracting(Shard::shardId).containsExactly("shardId-000000000002");
			assertThat(second.nextToken()).isNull();
			assertThat(kinesis.listShards(b -> b.streamARN(described.streamDescription().streamARN())).shards())
				.hasSize(3);

			assertThat(kinesis.listStreams().streamNames()).containsExactly("audit", "orders");
			assertThat(kinesis.listStreams(b -> b.limit(1)).hasMoreStreams()).isTrue();
			assertThat(kinesis.listStreams(b -> b.exclusiveStartStreamName("audit")).streamNames())
				.containsExactly("orders");
		}
	}

	@ParameterizedTest
	@EnumSource(WireFormat.class)
	void putRecordsAreReadBackWithSequenceNumbersAndArrivalTimes(WireFormat format) {
		try (KinesisClient kinesis = client(format)) {
			kinesis.createStream(b -> b.streamName("bus").shardCount(2));
			byte[] gzip = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff, 0, (byte) 0x80 };
			PutRecordsResponse put = kinesis.putRecords(b -> b.streamName("bus")
				.records(
						PutRecordsRequestEntry.builder()
							.data(SdkBytes.fromByteArray(gzip))
							.partitionKey("0")
							.explicitHashKey("0")
							.build(),
						PutRecordsRequestEntry.builder()
							.data(bytes("second"))
							.partitionKey("0")
							.explicitHashKey("0")
							.build(),
						PutRecordsRequestEntry.builder().data(bytes("{\"a\":1}")).partitionKey("any key").build()));
			assertThat(put.failedRecordCount()).isZero();
			assertThat(put.records()).hasSize(3).allSatisfy(r -> {
				assertThat(r.errorCode()).isNull();
				assertThat(r.sequenceNumber()).hasSize(56).containsOnlyDigits();
			});
			assertThat(put.records().get(0).shardId()).isEqualTo("shardId-000000000000");
			assertThat(put.records().get(1).sequenceNumber()).isGreaterThan(put.records().get(0).sequenceNumber());

			String iterator = kinesis
				.getShardIterator(b -> b.streamName("bus")
					.shardId("shardId-000000000000")
					.shardIteratorType(ShardIteratorType.TRIM_HORIZON))
				.shardIterator();
			GetRecordsResponse got = kinesis.getRecords(b -> b.shardIterator(iterator));
			List<Record> records = got.records();
			assertThat(records).extracting(Record::sequenceNumber)
				.startsWith(put.records().get(0).sequenceNumber(), put.records().get(1).sequenceNumber());
			assertThat(records.get(0).data().asByteArray()).isEqualTo(gzip);
			assertThat(records.get(1).data().asUtf8String()).isEqualTo("second");
			assertThat(records.get(0).partitionKey()).isEqualTo("0");
			assertThat(records.get(0).approximateArrivalTimestamp()).isEqualTo(START);
			assertThat(got.millisBehindLatest()).isZero();

			GetRecordsResponse empty = kinesis.getRecords(b -> b.shardIterator(got.nextShardIterator()));
			assertThat(empty.records()).isEmpty();
			assertThat(empty.nextShardIterator()).isNotNull();

			int total = 0;
			for (String shard : List.of("shardId-000000000000", "shardId-000000000001")) {
				String it = kinesis
					.getShardIterator(
							b -> b.streamName("bus").shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
					.shardIterator();
				total += kinesis.getRecords(b -> b.shardIterator(it)).records().size();
			}
			assertThat(total).as("every record is in exactly one shard").isEqualTo(3);
		}
	}

	@ParameterizedTest
	@EnumSource(WireFormat.class)
	void iteratorsStartWhereAsked(WireFormat format) {
		try (KinesisClient kinesis = client(format)) {
			kinesis.createStream(b -> b.streamName("bus").shardCount(1));
			List<PutRecordResponse> puts = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				int n = i;
				puts.add(kinesis.putRecord(b -> b.streamName("bus").partitionKey("k").data(bytes("r" + n))));
				clock.advance(Duration.ofSeconds(10));
			}
			assertThat(puts).extracting(PutRecordResponse::shardId).containsOnly("shardId-000000000000");
			String second = puts.get(1).sequenceNumber();

			assertThat(read(kinesis,
					b -> b.shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).startingSequenceNumber(second), 10))
				.containsExactly("r1", "r2", "r3");
			assertThat(read(kinesis,
					b -> b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).startingSequenceNumber(second),
					10))
				.containsExactly("r2", "r3");
			assertThat(read(kinesis,
					b -> b.shardIteratorType(ShardIteratorType.AT_TIMESTAMP).timestamp(START.plusSeconds(15)), 10))
				.containsExactly("r2", "r3");
			assertThat(read(kinesis, b -> b.shardIteratorType(ShardIteratorType.LATEST), 10)).isEmpty();

			String iterator = kinesis
				.getShardIterator(b -> b.streamName("bus")
					.shardId("shardId-000000000000")
					.shardIteratorType(ShardIteratorType.TRIM_HORIZON))
				.shardIterator();
			GetRecordsResponse firstTwo = kinesis.getRecords(b -> b.shardIterator(iterator).limit(2));
			assertThat(firstTwo.records()).hasSize(2);
			assertThat(firstTwo.records().get(1).approximateArrivalTimestamp()).isEqualTo(START.plusSeconds(10));
			// the next record arrived 20 s after START; the clock is now at START + 40 s
			assertThat(firstTwo.millisBehindLatest()).isEqualTo(20_000);
		}
	}

	private List<String> read(KinesisClient kinesis, Consumer<GetShardIteratorRequest.Builder> how, int limit) {
		String iterator = kinesis.getShardIterator(b -> {
			b.streamName("bus").shardId("shardId-000000000000");
			how.accept(b);
		}).shardIterator();
		return kinesis.getRecords(b -> b.shardIterator(iterator).limit(limit))
			.records()
			.stream()
			.map(r -> r.data().asUtf8String())
			.toList();
	}

	@ParameterizedTest
	@EnumSource(WireFormat.class)
	void errorsAreTheExceptionsKinesisGives(WireFormat format) {
		try (KinesisClient kinesis = client(format)) {
			assertThatThrownBy(() -> kinesis.putRecord(b -> b.streamName("missing").partitionKey("0").data(bytes("x"))))
				.isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
					assertThat(e.statusCode()).isEqualTo(400);
					assertThat(e.awsErrorDetails().errorMessage())
						.isEqualTo("Stream missing under account 000000000000 not found.");
				});
			assertThatThrownBy(() -> kinesis.describeStream(b -> b.streamName("missing")))
				.isInstanceOf(ResourceNotFoundException.class);
			assertThatThrownBy(() -> kinesis.listShards(b -> b.streamName("missing")))
				.isInstanceOf(ResourceNotFoundException.class);

			kinesis.createStream(b -> b.streamName("bus").shardCount(1));
			assertThatThrownBy(() -> kinesis.createStream(b -> b.streamName("bus").shardCount(1)))
				.isInstanceOf(ResourceInUseException.class);
			assertThatThrownBy(() -> kinesis.getShardIterator(b -> b.streamName("bus")
				.shardId("shardId-000000000007")
				.shardIteratorType(ShardIteratorType.TRIM_HORIZON))).isInstanceOf(ResourceNotFoundException.class);
			assertThatThrownBy(() -> kinesis.getShardIterator(b -> b.streamName("bus")
				.shardId("shardId-000000000000")
				.shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
				.startingSequenceNumber("49650001000000000000000000000000000000000000000000000000")))
				.isInstanceOf(InvalidArgumentException.class);
			assertThatThrownBy(() -> kinesis.getRecords(b -> b.shardIterator("not-an-iterator")))
				.isInstanceOf(InvalidArgumentException.class);
			assertThatThrownBy(() -> kinesis
				.putRecord(b -> b.streamName("bus").partitionKey("0").explicitHashKey("-1").data(bytes("x"))))
				.isInstanceOfSatisfying(KinesisException.class,
						e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
			assertThatThrownBy(() -> kinesis.putRecords(b -> b.streamName("bus")
				.records(Collections.nCopies(501,
						PutRecordsRequestEntry.builder().partitionKey("0").data(bytes("x")).build()))))
				.isInstanceOfSatisfying(KinesisException.class,
						e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));

			String iterator = kinesis
				.getShardIterator(b -> b.streamName("bus")
					.shardId("shardId-000000000000")
					.shardIteratorType(ShardIteratorType.LATEST))
				.shardIterator();
			clock.advance(Duration.ofMinutes(6));
			assertThatThrownBy(() -> kinesis.getRecords(b -> b.shardIterator(iterator)))
				.isInstanceOf(ExpiredIteratorException.class);
		}
	}

	@ParameterizedTest
	@EnumSource(WireFormat.class)
	void refusedRecordsComeBackAsAPartialFailure(WireFormat format) {
		server.kinesis()
			.admission((stream, shard, entry) -> new String(entry.data(), StandardCharsets.UTF_8).startsWith("refuse")
					? RecordAdmission.throttled(stream, shard) : null);
		try (KinesisClient kinesis = client(format)) {
			kinesis.createStream(b -> b.streamName("bus").shardCount(1));
			PutRecordsResponse put = kinesis.putRecords(b -> b.streamName("bus")
				.records(entry("keep 1"), entry("refuse 2"), entry("keep 3"), entry("refuse 4")));
			assertThat(put.failedRecordCount()).isEqualTo(2);
			List<PutRecordsResultEntry> results = put.records();
			assertThat(results).extracting(PutRecordsResultEntry::errorCode)
				.containsExactly(null, "ProvisionedThroughputExceededException", null,
						"ProvisionedThroughputExceededException");
			assertThat(results.get(1).errorMessage())
				.isEqualTo("Rate exceeded for shard shardId-000000000000 in stream bus under account 000000000000.");
			assertThat(results.get(1).sequenceNumber()).isNull();
			assertThat(results.get(1).shardId()).isNull();
			assertThat(results.get(0).sequenceNumber()).isNotNull();
			assertThat(results.get(2).shardId()).isEqualTo("shardId-000000000000");
			assertThat(read(kinesis, b -> b.shardIteratorType(ShardIteratorType.TRIM_HORIZON), 10))
				.containsExactly("keep 1", "keep 3");
			assertThatThrownBy(
					() -> kinesis.putRecord(b -> b.streamName("bus").partitionKey("0").data(bytes("refuse"))))
				.isInstanceOf(ProvisionedThroughputExceededException.class);
		}
	}

	private static PutRecordsRequestEntry entry(String text) {
		return PutRecordsRequestEntry.builder().partitionKey("0").explicitHashKey("0").data(bytes(text)).build();
	}

	@ParameterizedTest
	@EnumSource(WireFormat.class)
	void theAsyncClientOnHttp11Works(WireFormat format) {
		try (KinesisAsyncClient kinesis = KinesisClients.async(server, format)) {
			kinesis.createStream(b -> b.streamName("bus").shardCount(1)).join();
			PutRecordsResponse put = kinesis.putRecords(b -> b.streamName("bus").records(entry("a"), entry("b")))
				.join();
			assertThat(put.failedRecordCount()).isZero();
			String iterator = kinesis
				.getShardIterator(b -> b.streamName("bus")
					.shardId("shardId-000000000000")
					.shardIteratorType(ShardIteratorType.TRIM_HORIZON))
				.join()
				.shardIterator();
			assertThat(kinesis.getRecords(b -> b.shardIterator(iterator)).join().records())
				.extracting(r -> r.data().asUtf8String())
				.containsExactly("a", "b");
		}
	}

}
