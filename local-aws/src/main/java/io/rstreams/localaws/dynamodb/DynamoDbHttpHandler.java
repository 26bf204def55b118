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
package io.rstreams.localaws.dynamodb;

import io.rstreams.localaws.dynamodb.value.DynamoDbException;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DynamoDB JSON 1.0 protocol over HTTP: a POST whose {@code X-Amz-Target} names the
 * operation, JSON in and out, errors as HTTP 400 with {@code __type} and {@code message}.
 * Responses carry {@code x-amz-crc32}, which the SDKs verify.
 */
public final class DynamoDbHttpHandler {

	private static final Logger LOG = LoggerFactory.getLogger(DynamoDbHttpHandler.class);

	private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

	private final DynamoDbEngine engine;

	private final ObjectMapper mapper = JsonMapper.builder().build();

	public DynamoDbHttpHandler(DynamoDbEngine engine) {
		this.engine = engine;
	}

	/**
	 * Handles one request whose target operation is {@code operation}; always sends a
	 * response.
	 */
	public void handle(HttpExchange exchange, String operation) throws IOException {
		ObjectNode body;
		int status = 200;
		try {
			JsonNode request = read(exchange);
			body = engine.execute(operation, request);
		}
		catch (DynamoDbException e) {
			status = e.status();
			body = e.toJson();
			exchange.getResponseHeaders().set("x-amzn-ErrorType", e.code());
			LOG.debug("DynamoDB {} failed: {} {}", operation, e.code(), e.getMessage());
		}
		catch (RuntimeException e) {
			LOG.warn("DynamoDB {} failed unexpectedly", operation, e);
			status = 500;
			body = new DynamoDbException("InternalServerError", "Internal server error: " + e, 500, null).toJson();
		}
		send(exchange, status, mapper.writeValueAsBytes(body));
	}

	private JsonNode read(HttpExchange exchange) throws IOException {
		byte[] bytes;
		try (InputStream in = exchange.getRequestBody()) {
			bytes = in.readAllBytes();
		}
		if (bytes.length == 0) {
			throw DynamoDbException.serialization("The request body is empty");
		}
		try {
			return mapper.readTree(bytes);
		}
		catch (JacksonException e) {
			throw DynamoDbException.serialization("The request body is not valid JSON: " + e.getOriginalMessage());
		}
	}

	private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
		exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
		exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc.getValue()));
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
