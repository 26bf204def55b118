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
package io.rstreams.localbus;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Duration;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.S3ObjectStore;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReaderSettings;
import io.rstreams.client.read.StartPosition;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Reads a whole queue of a running local bus in its own JVM, so a test can run it with a
 * small {@code -Xmx} and show that the reader's memory does not grow with the queue.
 * Prints {@code READ <events> <bytes> <peakHeap>}.
 *
 * <p>
 * Arguments: endpoint, bus config JSON, queue, expected event count.
 */
public final class BoundedHeapReader {

	private BoundedHeapReader() {
	}

	public static void main(String[] args) {
		URI endpoint = URI.create(args[0]);
		BusConfig bus = BusConfig.parse(args[1], "argument");
		String queue = args[2];
		long expected = Long.parseLong(args[3]);
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create("local", "local"));
		try (DynamoDbAsyncClient dynamo = DynamoDbAsyncClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.build();
				S3AsyncClient s3 = S3AsyncClient.builder()
					.endpointOverride(endpoint)
					.region(Region.US_EAST_1)
					.credentialsProvider(credentials)
					.forcePathStyle(true)
					.build()) {
			QueueReader reader = new QueueReader(dynamo, new S3ObjectStore(s3, Duration.ofSeconds(30)), bus,
					ReaderSettings.defaults());
			long events = 0;
			long bytes = 0;
			long lastN = -1;
			String lastEid = "";
			try (EventStream stream = reader.read("heap_reader", queue, StartPosition.BEGINNING)) {
				while (stream.hasNext()) {
					ReadEntry entry = stream.next();
					if (!(entry instanceof ReadEntry.Ok ok)) {
						throw new IllegalStateException("Unexpected failure " + entry);
					}
					long n = ok.event().payload().get("n").asLong();
					if (n != lastN + 1 || ok.event().eid().compareTo(lastEid) <= 0) {
						throw new IllegalStateException(
								"Out of order at event " + events + ": n=" + n + " eid=" + ok.event().eid());
					}
					lastN = n;
					lastEid = ok.event().eid();
					events++;
					bytes += ok.bytes();
				}
			}
			if (events != expected) {
				throw new IllegalStateException("Read " + events + " events, expected " + expected);
			}
			System.out.println("READ " + events + " " + bytes + " " + peakHeap());
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
