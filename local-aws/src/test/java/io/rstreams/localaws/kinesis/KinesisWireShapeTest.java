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

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import io.rstreams.localaws.LocalAwsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.cbor.CBORMapper;
import tools.jackson.dataformat.cbor.CBORParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bytes on the wire, without an SDK in between: the shapes the Node SDK (JSON) and
 * the Java SDK (CBOR) parse, so that a client that reads a member by name finds it.
 */
class KinesisWireShapeTest {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final ObjectMapper CBOR = CBORMapper.builder().build();

	private final LocalAwsServer server = LocalAwsServer.start(LocalAwsServer.Options.defaults()
		.clock(Clock.fixed(Instant.ofEpochMilli(1_704_067_260_123L), ZoneOffset.UTC)));

	@AfterEach
	void stop() {
		server.close();
	}

	private record Answer(int status, String errorType, String contentType, JsonNode body, byte[] raw) {
	}

	private Answer post(WireFormat format, String operation, Map<String, ?> request) throws Exception {
		ObjectMapper mapper = format == WireFormat.CBOR ? CBOR : JSON;
		HttpRequest http = HttpRequest.newBuilder(server.endpoint().resolve("/"))
			.header("Content-Type", format.contentType())
			.header("X-Amz-Target", "Kinesis_20131202." + operation)
			.POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(request)))
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(http, HttpResponse.BodyHandlers.ofByteArray());
		return new Answer(response.statusCode(), response.headers().firstValue("x-amzn-ErrorType").orElse(null),
				response.headers().firstValue("Content-Type").orElse(null), mapper.readTree(response.body()),
				response.body());
	}

	@ParameterizedTest
	@EnumSource(WireFormat.class)
	void errorsAreTypeAndMessageWith400(WireFormat format) throws Exception {
		Answer missing = post(format, "PutRecord", Map.of("StreamName", "nope", "PartitionKey", "0", "Data",
				format == WireFormat.CBOR ? new byte[] { 1 } : "AQ=="));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorType()).isEqualTo("ResourceNotFoundException");
		assertThat(missing.contentType()).isEqualTo(format.contentType());
		assertThat(missing.body().get("__type").stringValue()).isEqualTo("ResourceNotFoundException");
		assertThat(missing.body().get("message").stringValue())
			.isEqualTo("Stream nope under account 000000000000 not found.");
		assertThat(missing.body().properties()).hasSize(2);

		Answer noName = post(format, "DescribeStream", Map.of());
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.body().get("__type").stringValue()).isEqualTo("ValidationException");

		Answer badName = post(format, "CreateStream", Map.of("StreamName", "no spaces", "ShardCount", 1));
		assertThat(badName.body().get("__type").stringValue()).isEqualTo("ValidationException");

		Answer created = post(format, "CreateStream", Map.of("StreamName", "s", "ShardCount", 1));
		assertThat(created.status()).isEqualTo(200);
		Answer missingData = post(format, "PutRecord", Map.of("StreamName", "s", "PartitionKey", "0"));
		assertThat(missingData.body().get("__type").stringValue()).isEqualTo("ValidationException");
		assertThat(missingData.body().get("message").stringValue()).contains("'data'");

		Answer wrongType = post(format, "ListShards", Map.of("StreamName", 7));
		assertThat(wrongType.body().get("__type").stringValue()).isEqualTo("SerializationException");

		Answer unknown = post(format, "SplitShard", Map.of("StreamName", "s"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().get("__type").stringValue()).isEqualTo("UnknownOperationException");
	}

	@Test
	void aBodyThatIsNotJsonIsASerializationException() throws Exception {
		HttpRequest http = HttpRequest.newBuilder(server.endpoint().resolve("/"))
			.header("Content-Type", WireFormat.JSON.contentType())
			.header("X-Amz-Target", "Kinesis_20131202.ListStreams")
			.POST(HttpRequest.BodyPublishers.ofString("{not json"))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(http, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("__type").stringValue()).isEqualTo("SerializationException");
	}

	@Test
	void jsonPartialFailureShape() throws Exception {
		server.kinesis()
			.admission(
					(stream, shard, entry) -> entry.data()[0] == 2 ? RecordAdmission.throttled(stream, shard) : null);
		post(WireFormat.JSON, "CreateStream", Map.of("StreamName", "bus", "ShardCount", 1));
		Answer put = post(WireFormat.JSON, "PutRecords",
				Map.of("StreamName", "bus", "Records",
						List.of(Map.of("Data", "AQ==", "PartitionKey", "0", "ExplicitHashKey", "0"),
								Map.of("Data", "Ag==", "PartitionKey", "0"))));
		assertThat(put.status()).isEqualTo(200);
		JsonNode body = put.body();
		assertThat(body.get("FailedRecordCount").intValue()).isEqualTo(1);
		JsonNode stored = body.get("Records").get(0);
		assertThat(stored.get("SequenceNumber").stringValue()).hasSize(56);
		assertThat(stored.get("ShardId").stringValue()).isEqualTo("shardId-000000000000");
		assertThat(stored.has("ErrorCode")).isFalse();
		JsonNode refused = body.get("Records").get(1);
		assertThat(refused.get("ErrorCode").stringValue()).isEqualTo("ProvisionedThroughputExceededException");
		assertThat(refused.get("ErrorMessage").stringValue())
			.startsWith("Rate exceeded for shard shardId-000000000000");
		assertThat(refused.has("SequenceNumber")).isFalse();
		assertThat(refused.has("ShardId")).isFalse();
	}

	@Test
	void jsonRecordsCarryBase64DataAndEpochSeconds() throws Exception {
		post(WireFormat.JSON, "CreateStream", Map.of("StreamName", "bus", "ShardCount", 1));
		post(WireFormat.JSON, "PutRecords", Map.of("StreamName", "bus", "Records",
				List.of(Map.of("Data", Base64.getEncoder().encodeToString("hi".getBytes()), "PartitionKey", "0"))));
		String iterator = post(WireFormat.JSON, "GetShardIterator",
				Map.of("StreamName", "bus", "ShardId", "shardId-000000000000", "ShardIteratorType", "TRIM_HORIZON"))
			.body()
			.get("ShardIterator")
			.stringValue();
		JsonNode record = post(WireFormat.JSON, "GetRecords", Map.of("ShardIterator", iterator)).body()
			.get("Records")
			.get(0);
		assertThat(record.get("Data").stringValue()).isEqualTo("aGk=");
		assertThat(record.get("ApproximateArrivalTimestamp").decimalValue())
			.isEqualByComparingTo(new BigDecimal("1704067260.123"));
		assertThat(record.get("PartitionKey").stringValue()).isEqualTo("0");
	}

	@Test
	void cborRecordsCarryByteStringsAndTaggedEpochMillis() throws Exception {
		post(WireFormat.CBOR, "CreateStream", Map.of("StreamName", "bus", "ShardCount", 1));
		post(WireFormat.CBOR, "PutRecords",
				Map.of("StreamName", "bus", "Records", List.of(Map.of("Data", "hi".getBytes(), "PartitionKey", "0"))));
		String iterator = post(WireFormat.CBOR, "GetShardIterator",
				Map.of("StreamName", "bus", "ShardId", "shardId-000000000000", "ShardIteratorType", "TRIM_HORIZON"))
			.body()
			.get("ShardIterator")
			.stringValue();
		Answer got = post(WireFormat.CBOR, "GetRecords", Map.of("ShardIterator", iterator));
		JsonNode record = got.body().get("Records").get(0);
		assertThat(record.get("Data").isBinary()).isTrue();
		assertThat(record.get("Data").binaryValue()).isEqualTo("hi".getBytes());
		assertThat(record.get("ApproximateArrivalTimestamp").longValue()).isEqualTo(1_704_067_260_123L);
		assertThat(tagOfArrival(got.raw())).isEqualTo(1);
	}

	/** The CBOR tag in front of ApproximateArrivalTimestamp's value. */
	private static int tagOfArrival(byte[] raw) {
		try (CBORParser parser = (CBORParser) CBOR.createParser(raw)) {
			while (parser.nextToken() != null) {
				if ("ApproximateArrivalTimestamp".equals(parser.currentName()) && parser.currentToken().isNumeric()) {
					return parser.getCurrentTag();
				}
			}
		}
		return -1;
	}

}
