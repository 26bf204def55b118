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

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rstreams.localaws.Clients;
import io.rstreams.localaws.LocalAwsServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * One server and one synchronous (URL connection) client per test class; each test makes
 * its own tables.
 */
abstract class DynamoDbTestBase {

	private static final AtomicInteger TABLES = new AtomicInteger();

	static LocalAwsServer server;
	static DynamoDbClient client;

	@BeforeAll
	static void startServer() {
		server = LocalAwsServer.start();
		client = Clients.dynamoDb(server);
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.close();
	}

	/** A new table with a string hash key {@code id}. */
	static String hashTable() {
		String name = "table" + TABLES.incrementAndGet();
		Clients.createTable(client, name, "id", null);
		return name;
	}

	/**
	 * A new table with string hash key {@code hash} and string range key {@code range}.
	 */
	static String rangeTable(String hash, String range) {
		String name = "table" + TABLES.incrementAndGet();
		Clients.createTable(client, name, hash, range);
		return name;
	}

	/**
	 * Asserts that the call fails with a DynamoDB error of the given SDK exception type
	 * and message.
	 */
	static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable call,
			Class<? extends DynamoDbException> type, String message) {
		return assertThatThrownBy(call).isInstanceOf(type)
			.satisfies(e -> org.assertj.core.api.Assertions
				.assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
				.isEqualTo(message));
	}

	static AbstractThrowableAssert<?, ? extends Throwable> assertValidation(ThrowingCallable call, String message) {
		return assertThatThrownBy(call).isExactlyInstanceOf(DynamoDbException.class).satisfies(e -> {
			DynamoDbException d = (DynamoDbException) e;
			org.assertj.core.api.Assertions.assertThat(d.awsErrorDetails().errorCode())
				.isEqualTo("ValidationException");
			org.assertj.core.api.Assertions.assertThat(d.awsErrorDetails().errorMessage()).isEqualTo(message);
		});
	}

}
