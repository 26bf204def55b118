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
package io.rstreams.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.rstreams.client.BusConfig;
import io.rstreams.client.Event;
import io.rstreams.client.aws.PutResult;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.client.write.WriterSettings;

/**
 * The Kinesis record a real {@link QueueWriter} sends for some events: what the encode
 * benchmark must produce.
 */
final class WrittenRecord {

	private static final BusConfig BUS = new BusConfig("us-east-1", "s", "c", "e", "st", "sy", "bucket", "kstream",
			"fstream");

	private WrittenRecord() {
	}

	/**
	 * The data of the first record of the first {@code PutRecords} (all of {@code events}
	 * if they fit a chunk).
	 */
	static byte[] of(List<Event> events) {
		AtomicReference<byte[]> first = new AtomicReference<>();
		try (QueueWriter writer = QueueWriter.builder()
			.bus(BUS)
			.settings(WriterSettings.defaults())
			.kinesis((stream, records) -> {
				first.compareAndSet(null, records.get(0).data());
				return CompletableFuture.completedFuture(
						records.stream().map(r -> PutResult.accepted("shardId-000000000000", "1")).toList());
			})
			.build()) {
			events.forEach(writer::write);
			writer.flush().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The writer did not take the sample events", ex);
		}
		return first.get();
	}

}
