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
package io.rstreams.binder;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.S3ObjectStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * A consumer application run in its own JVM by {@link LeaseFailoverTest}, so the test can
 * kill it like a crashed instance. It reads the parent's local bus over HTTP and prints
 * {@code CONSUMED <n>} for every event it handles.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class LeaseChildApp {

	public static void main(String[] args) {
		SpringApplication.run(LeaseChildApp.class, args);
	}

	@Bean
	RStreamsBusConnection rstreamsBusConnection() {
		URI endpoint = URI.create(System.getProperty("rstreams.test.endpoint"));
		BusConfig bus = BusConfig.parse(System.getProperty("rstreams.test.bus"), "test");
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create("local", "local"));
		DynamoDbAsyncClient dynamo = DynamoDbAsyncClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.build();
		S3AsyncClient s3 = S3AsyncClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.forcePathStyle(true)
			.build();
		return new RStreamsBusConnection(bus, dynamo, new S3ObjectStore(s3, Duration.ofSeconds(10)),
				(stream, records) -> CompletableFuture.failedFuture(new UnsupportedOperationException("read only")),
				null, null, Clock.systemUTC(), "parent test JVM");
	}

	@Bean
	Consumer<Map<String, Object>> reader() {
		return event -> {
			try {
				Thread.sleep(Long.getLong("rstreams.test.delay", 0));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			System.out.println("CONSUMED " + event.get("n"));
			System.out.flush();
		};
	}

}
