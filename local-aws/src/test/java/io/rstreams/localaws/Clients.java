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
package io.rstreams.localaws;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Real AWS SDK v2 clients pointed at a local server, and shorthands for attribute values.
 */
public final class Clients {

	private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create("local", "local"));

	private Clients() {
	}

	public static DynamoDbClient dynamoDb(LocalAwsServer server) {
		return DynamoDbClient.builder()
			.endpointOverride(server.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.httpClient(UrlConnectionHttpClient.create())
			.build();
	}

	public static DynamoDbAsyncClient dynamoDbAsync(LocalAwsServer server) {
		return DynamoDbAsyncClient.builder()
			.endpointOverride(server.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.httpClient(NettyNioAsyncHttpClient.create())
			.build();
	}

	public static S3Client s3(LocalAwsServer server) {
		return S3Client.builder()
			.endpointOverride(server.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.forcePathStyle(true)
			.httpClient(UrlConnectionHttpClient.create())
			.build();
	}

	public static S3AsyncClient s3Async(LocalAwsServer server) {
		return S3AsyncClient.builder()
			.endpointOverride(server.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.forcePathStyle(true)
			.httpClient(NettyNioAsyncHttpClient.create())
			.build();
	}

	/**
	 * Creates an on-demand table with a string hash key and, if {@code range} is not
	 * null, a string range key.
	 */
	public static void createTable(DynamoDbClient client, String table, String hash, String range) {
		var builder = software.amazon.awssdk.services.dynamodb.model.CreateTableRequest.builder()
			.tableName(table)
			.billingMode(BillingMode.PAY_PER_REQUEST);
		if (range == null) {
			builder.keySchema(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build())
				.attributeDefinitions(
						AttributeDefinition.builder().attributeName(hash).attributeType(ScalarAttributeType.S).build());
		}
		else {
			builder
				.keySchema(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build(),
						KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build())
				.attributeDefinitions(
						AttributeDefinition.builder().attributeName(hash).attributeType(ScalarAttributeType.S).build(),
						AttributeDefinition.builder()
							.attributeName(range)
							.attributeType(ScalarAttributeType.S)
							.build());
		}
		client.createTable(builder.build());
	}

	public static AttributeValue s(String s) {
		return AttributeValue.fromS(s);
	}

	public static AttributeValue n(String n) {
		return AttributeValue.fromN(n);
	}

	public static AttributeValue b(byte[] b) {
		return AttributeValue.fromB(SdkBytes.fromByteArray(b));
	}

	public static AttributeValue m(Map<String, AttributeValue> m) {
		return AttributeValue.fromM(m);
	}

	public static AttributeValue l(AttributeValue... values) {
		return AttributeValue.fromL(Arrays.asList(values));
	}

	/** A map from alternating names and values: {@code map("a", s("x"), "b", n("1"))}. */
	public static Map<String, AttributeValue> map(Object... namesAndValues) {
		Map<String, AttributeValue> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * A map of strings from alternating keys and values, for ExpressionAttributeNames.
	 */
	public static Map<String, String> names(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
