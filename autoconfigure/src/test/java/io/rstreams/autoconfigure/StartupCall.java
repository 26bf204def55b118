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
package io.rstreams.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The AWS calls start-up makes for the bus {@code FaultyBus}, each with its request, its
 * real answer and its error answers in the service's own protocol (JSON 1.1, JSON 1.0,
 * Kinesis's CBOR, a body-less S3 HEAD), so that the SDK parses them as it parses AWS's.
 */
enum StartupCall {

	GET_PARAMETER("SSM GetParameter", "FaultyBus"),
	GET_SECRET_VALUE("Secrets Manager GetSecretValue", "rstreams-FaultyBus-Bus-Q1"),
	DESCRIBE_TABLE("DescribeTable", "S"), DESCRIBE_STREAM_SUMMARY("DescribeStreamSummary", "K"),
	HEAD_BUCKET("HeadBucket", "b");

	static final String BUS = "FaultyBus";

	/**
	 * Not a resource name: a value that only the secret holds, and no message may show.
	 */
	static final String SECRET_ONLY = "Kq7hunter2Vb";

	static final String SECRET_STRING = "{\"Region\":\"us-east-1\",\"LeoStream\":\"S\",\"LeoCron\":\"C\","
			+ "\"LeoEvent\":\"E\",\"LeoS3\":\"b\",\"LeoKinesisStream\":\"K\",\"LeoFirehoseStream\":\"F\","
			+ "\"ApiKey\":\"" + SECRET_ONLY + "\"}";

	private static final String JSON_10 = "application/x-amz-json-1.0";

	private static final String CBOR = "application/x-amz-cbor-1.1";

	/** How the failure names the call, e.g. {@code DescribeTable}. */
	final String operation;

	final String resource;

	StartupCall(String operation, String resource) {
		this.operation = operation;
		this.resource = resource;
	}

	/**
	 * Matches this call and no other (only the LeoStream table's DescribeTable, the first
	 * check).
	 */
	MappingBuilder request() {
		return switch (this) {
			case GET_PARAMETER ->
				target("AmazonSSM.GetParameter").withRequestBody(matchingJsonPath("$.Name", equalTo(resource)));
			case GET_SECRET_VALUE -> target("secretsmanager.GetSecretValue")
				.withRequestBody(matchingJsonPath("$.SecretId", equalTo(resource)));
			case DESCRIBE_TABLE -> target("DynamoDB_20120810.DescribeTable")
				.withRequestBody(matchingJsonPath("$.TableName", equalTo(resource)));
			case DESCRIBE_STREAM_SUMMARY -> target("Kinesis_20131202.DescribeStreamSummary");
			case HEAD_BUCKET -> head(urlPathEqualTo("/" + resource));
		};
	}

	RequestPatternBuilder requested() {
		return switch (this) {
			case GET_PARAMETER ->
				targeted("AmazonSSM.GetParameter").withRequestBody(matchingJsonPath("$.Name", equalTo(resource)));
			case GET_SECRET_VALUE -> targeted("secretsmanager.GetSecretValue")
				.withRequestBody(matchingJsonPath("$.SecretId", equalTo(resource)));
			case DESCRIBE_TABLE -> targeted("DynamoDB_20120810.DescribeTable")
				.withRequestBody(matchingJsonPath("$.TableName", equalTo(resource)));
			case DESCRIBE_STREAM_SUMMARY -> targeted("Kinesis_20131202.DescribeStreamSummary");
			case HEAD_BUCKET -> headRequestedFor(urlEqualTo("/" + resource));
		};
	}

	/** The answer AWS gives when the call succeeds. */
	ResponseDefinitionBuilder ok() {
		return switch (this) {
			case GET_PARAMETER -> json(200, AwsStubs.JSON, "{\"Parameter\":{\"Name\":\"" + BUS
					+ "\",\"Type\":\"String\"," + "\"Value\":\"FaultyBus-Bus-Q1\",\"Version\":1}}");
			case GET_SECRET_VALUE -> json(200, AwsStubs.JSON, "{\"Name\":\"" + resource + "\",\"SecretString\":"
					+ AwsStubs.quote(SECRET_STRING) + ",\"VersionId\":\"1\"}");
			case DESCRIBE_TABLE ->
				json(200, JSON_10, "{\"Table\":{\"TableName\":\"" + resource + "\",\"TableStatus\":\"ACTIVE\"}}");
			case DESCRIBE_STREAM_SUMMARY -> aResponse().withStatus(200)
				.withHeader("Content-Type", CBOR)
				.withBody(cbor(
						Map.of("StreamDescriptionSummary", Map.of("StreamName", resource, "StreamStatus", "ACTIVE"))));
			case HEAD_BUCKET -> aResponse().withStatus(200).withHeader("x-amz-bucket-region", "us-east-1");
		};
	}

	/**
	 * An error answer with AWS's error type header. S3 throttles with 503 SlowDown, and
	 * answers a HEAD with no body, so its errors are known by their status alone.
	 */
	ResponseDefinitionBuilder error(int status, String type, String message) {
		return switch (this) {
			case HEAD_BUCKET -> aResponse().withStatus(status == 400 ? 503 : status);
			case DESCRIBE_STREAM_SUMMARY -> aResponse().withStatus(status)
				.withHeader("x-amzn-ErrorType", type)
				.withHeader("Content-Type", CBOR)
				.withBody(cbor(Map.of("__type", type, "message", message)));
			case DESCRIBE_TABLE -> json(status, JSON_10, errorBody(type, message)).withHeader("x-amzn-ErrorType", type);
			default -> json(status, AwsStubs.JSON, errorBody(type, message)).withHeader("x-amzn-ErrorType", type);
		};
	}

	private static String errorBody(String type, String message) {
		return "{\"__type\":" + AwsStubs.quote(type) + ",\"message\":" + AwsStubs.quote(message) + "}";
	}

	private static ResponseDefinitionBuilder json(int status, String contentType, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body);
	}

	private static MappingBuilder target(String target) {
		return post("/").withHeader("X-Amz-Target", equalTo(target));
	}

	private static RequestPatternBuilder targeted(String target) {
		return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
	}

	/** Maps of strings (and maps) in CBOR, as Kinesis answers the Java SDK. */
	static byte[] cbor(Map<String, ?> map) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, map);
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, Object value) {
		if (value instanceof Map<?, ?> map) {
			itemHead(out, 5, map.size());
			map.forEach((k, v) -> {
				write(out, k);
				write(out, v);
			});
		}
		else {
			byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
			itemHead(out, 3, text.length);
			out.writeBytes(text);
		}
	}

	/**
	 * A CBOR item head: major type and a length below 256, all these small bodies need.
	 */
	private static void itemHead(ByteArrayOutputStream out, int major, int length) {
		if (length < 24) {
			out.write(major << 5 | length);
		}
		else {
			out.write(major << 5 | 24);
			out.write(length);
		}
	}

}
