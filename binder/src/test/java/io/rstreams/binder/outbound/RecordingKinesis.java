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
package io.rstreams.binder.outbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.PutResult;
import io.rstreams.client.Json;
import tools.jackson.databind.JsonNode;

/**
 * A Kinesis transport that records every record put and accepts them, or refuses them all
 * when told to.
 */
final class RecordingKinesis implements KinesisTransport {

	final List<KinesisRecord> records = new CopyOnWriteArrayList<>();

	volatile boolean refuse;

	@Override
	public CompletableFuture<List<PutResult>> putRecords(String streamName, List<KinesisRecord> batch) {
		List<PutResult> results = new ArrayList<>();
		for (KinesisRecord r : batch) {
			records.add(r);
			results.add(refuse ? PutResult.failed("InternalFailure", "refused by the test")
					: PutResult.accepted("shardId-000000000000", Integer.toString(records.size())));
		}
		return CompletableFuture.completedFuture(results);
	}

	/** The events of every record, in order: each record is gzip NDJSON. */
	List<JsonNode> events() {
		List<JsonNode> events = new ArrayList<>();
		for (KinesisRecord r : records) {
			for (String line : gunzip(r.data()).split("\n")) {
				if (!line.isEmpty()) {
					events.add(Json.mapper().readTree(line));
				}
			}
		}
		return events;
	}

	private static String gunzip(byte[] data) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
