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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class LocalAwsServerTest {

	private static HttpResponse<String> post(LocalAwsServer server, String target, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint().resolve("/"))
			.header("Content-Type", "application/x-amz-json-1.0")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (target != null) {
			request.header("X-Amz-Target", target);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void listensOnLoopbackOnly() {
		try (LocalAwsServer server = LocalAwsServer.start()) {
			assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
			assertThat(server.port()).isPositive();
		}
	}

	@Test
	void routesByTargetAndRejectsOtherServicesClearly() throws Exception {
		try (LocalAwsServer server = LocalAwsServer.start()) {
			HttpResponse<String> firehose = post(server, "Firehose_20150804.PutRecordBatch", "{}");
			assertThat(firehose.statusCode()).isEqualTo(400);
			assertThat(firehose.body()).contains("UnknownOperationException")
				.contains("Firehose_20150804.PutRecordBatch");

			HttpResponse<String> kinesis = post(server, "Kinesis_20131202.ListStreams", "{}");
			assertThat(kinesis.statusCode()).isEqualTo(200);
			assertThat(kinesis.body()).contains("\"StreamNames\":[]");

			HttpResponse<String> unknownOp = post(server, "DynamoDB_20120810.ExecuteStatement", "{}");
			assertThat(unknownOp.statusCode()).isEqualTo(400);
			assertThat(unknownOp.body()).contains("#UnknownOperationException");

			HttpResponse<String> badJson = post(server, "DynamoDB_20120810.ListTables", "{not json");
			assertThat(badJson.body()).contains("#SerializationException");

			HttpResponse<String> tables = post(server, "DynamoDB_20120810.ListTables", "{}");
			assertThat(tables.statusCode()).isEqualTo(200);
			assertThat(tables.body()).isEqualTo("{\"TableNames\":[]}");
			CRC32 crc = new CRC32();
			crc.update(tables.body().getBytes(StandardCharsets.UTF_8));
			assertThat(tables.headers().firstValue("x-amz-crc32")).hasValue(Long.toString(crc.getValue()));

			HttpResponse<String> s3 = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(server.endpoint().resolve("/")).GET().build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(s3.statusCode()).isEqualTo(200);
			assertThat(s3.body()).contains("<ListAllMyBucketsResult");
		}
	}

	@Test
	void engineIsReachableInProcessWithTheSameSemantics() {
		try (LocalAwsServer server = LocalAwsServer.start(); DynamoDbClient client = Clients.dynamoDb(server)) {
			Clients.createTable(client, "direct", "id", null);
			JsonMapper mapper = JsonMapper.builder().build();
			ObjectNode put = (ObjectNode) mapper
				.readTree("{\"TableName\":\"direct\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1.50\"}}}");
			server.dynamoDb().execute("PutItem", put);
			assertThat(client.getItem(r -> r.tableName("direct").key(Clients.map("id", Clients.s("a"))))
				.item()
				.get("n")
				.n()).isEqualTo("1.5");
			assertThat(server.dynamoDb().tableNames()).containsExactly("direct");
			assertThatThrownBy(() -> server.dynamoDb()
				.execute("PutItem", put.put("ConditionExpression", "attribute_not_exists(id)")))
				.isInstanceOfSatisfying(DynamoDbException.class,
						e -> assertThat(e.code()).isEqualTo("ConditionalCheckFailedException"));
		}
	}

	@Test
	void threadsAreDaemonsAndCloseFreesThePort() throws Exception {
		int port;
		try (LocalAwsServer server = LocalAwsServer.start(); DynamoDbClient client = Clients.dynamoDb(server)) {
			client.listTables();
			port = server.port();
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				if (thread.getName().startsWith("local-aws") || thread.getName().equals("HTTP-Dispatcher")) {
					assertThat(thread.isDaemon()).as(thread.getName()).isTrue();
				}
			}
		}
		try (LocalAwsServer again = LocalAwsServer.start(LocalAwsServer.Options.defaults().port(port).threads(2))) {
			assertThat(again.port()).isEqualTo(port);
		}
	}

}
