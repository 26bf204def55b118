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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.rstreams.localaws.dynamodb.DynamoDbHttpHandler;
import io.rstreams.localaws.kinesis.KinesisHttpHandler;
import io.rstreams.localaws.s3.S3HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to the API it belongs to:
 * {@code X-Amz-Target: DynamoDB_20120810.<Op>} to DynamoDB, {@code Kinesis_20131202.<Op>}
 * to Kinesis, any other target to a 400 UnknownOperationException (so a client of another
 * JSON service fails clearly), and requests without a target to S3.
 */
final class RequestRouter implements HttpHandler {

	private static final Logger LOG = LoggerFactory.getLogger(RequestRouter.class);

	private static final String DYNAMODB_PREFIX = "DynamoDB_20120810.";

	private static final String KINESIS_PREFIX = "Kinesis_20131202.";

	private final DynamoDbHttpHandler dynamoDb;

	private final S3HttpHandler s3;

	private final KinesisHttpHandler kinesis;

	RequestRouter(DynamoDbHttpHandler dynamoDb, S3HttpHandler s3, KinesisHttpHandler kinesis) {
		this.dynamoDb = dynamoDb;
		this.s3 = s3;
		this.kinesis = kinesis;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
			if (target == null) {
				s3.handle(exchange);
			}
			else if (target.startsWith(DYNAMODB_PREFIX)) {
				dynamoDb.handle(exchange, target.substring(DYNAMODB_PREFIX.length()));
			}
			else if (target.startsWith(KINESIS_PREFIX)) {
				kinesis.handle(exchange, target.substring(KINESIS_PREFIX.length()));
			}
			else {
				unknownTarget(exchange, target);
			}
		}
		catch (IOException | RuntimeException e) {
			LOG.debug("Request {} {} ended with {}", exchange.getRequestMethod(), exchange.getRequestURI(),
					e.toString());
			throw e;
		}
		finally {
			exchange.close();
		}
	}

	private static void unknownTarget(HttpExchange exchange, String target) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		String message = "This local AWS server implements only DynamoDB (DynamoDB_20120810), Kinesis (Kinesis_20131202) and S3; "
				+ "X-Amz-Target " + target + " is not supported";
		String body = "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\",\"message\":\""
				+ message.replaceAll("[\"\\\\\\p{Cntrl}]", "?") + "\"}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
		exchange.getResponseHeaders().set("x-amzn-ErrorType", "UnknownOperationException");
		exchange.sendResponseHeaders(400, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
