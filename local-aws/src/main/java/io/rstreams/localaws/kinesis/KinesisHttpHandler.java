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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kinesis's JSON 1.1 protocol over HTTP, in both of its encodings: a POST whose
 * {@code X-Amz-Target} names the operation, the body in JSON or CBOR as its content type
 * says, and the answer in the same encoding. Errors are {@code __type} and
 * {@code message} with status 400 (500 for a failure of this server), the code also in
 * {@code x-amzn-ErrorType}, where the SDKs look first.
 */
public final class KinesisHttpHandler {

	private static final Logger LOG = LoggerFactory.getLogger(KinesisHttpHandler.class);

	private final StreamOperations streams;

	private final RecordOperations records;

	public KinesisHttpHandler(KinesisEngine engine) {
		this.streams = new StreamOperations(engine);
		this.records = new RecordOperations(engine);
	}

	/**
	 * Handles one request whose target operation is {@code operation}; always sends a
	 * response.
	 */
	public void handle(HttpExchange exchange, String operation) throws IOException {
		WireFormat format = WireFormat.ofContentType(exchange.getRequestHeaders().getFirst("Content-Type"));
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		int status = 200;
		Map<String, ?> answer;
		try {
			answer = execute(operation, new KinesisRequest(format.read(body), format));
		}
		catch (KinesisException e) {
			status = e.status();
			answer = error(e);
			exchange.getResponseHeaders().set("x-amzn-ErrorType", e.code());
			LOG.debug("Kinesis {} failed: {} {}", operation, e.code(), e.getMessage());
		}
		catch (RuntimeException e) {
			LOG.warn("Kinesis {} failed unexpectedly", operation, e);
			KinesisException failure = new KinesisException("InternalFailure", "Internal failure: " + e, 500);
			status = failure.status();
			answer = error(failure);
			exchange.getResponseHeaders().set("x-amzn-ErrorType", failure.code());
		}
		byte[] bytes = format.write(answer);
		exchange.getResponseHeaders().set("Content-Type", format.contentType());
		exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	Map<String, ?> execute(String operation, KinesisRequest request) {
		return switch (operation) {
			case "PutRecords" -> records.putRecords(request);
			case "PutRecord" -> records.putRecord(request);
			case "GetShardIterator" -> records.getShardIterator(request);
			case "GetRecords" -> records.getRecords(request);
			case "CreateStream" -> streams.createStream(request);
			case "DescribeStream" -> streams.describeStream(request);
			case "DescribeStreamSummary" -> streams.describeStreamSummary(request);
			case "ListShards" -> streams.listShards(request);
			case "ListStreams" -> streams.listStreams(request);
			default -> throw KinesisException.unknownOperation(operation);
		};
	}

	private static Map<String, ?> error(KinesisException e) {
		return Map.of("__type", e.code(), "message", e.getMessage());
	}

}
