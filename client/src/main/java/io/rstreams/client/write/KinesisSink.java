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
package io.rstreams.client.write;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.PutResult;

/**
 * One {@code PutRecords} to the bus stream per batch, with the SDK's keys (protocol.md
 * 5.1): PartitionKey and ExplicitHashKey {@code "0"} so every write lands on one shard in
 * order, or with {@code useQueuePartition} the record's queue as PartitionKey and no
 * ExplicitHashKey.
 */
final class KinesisSink implements RecordSink {

	private final KinesisTransport transport;

	private final String stream;

	private final WriterSettings settings;

	KinesisSink(KinesisTransport transport, String stream, WriterSettings settings) {
		this.transport = transport;
		this.stream = stream;
		this.settings = settings;
	}

	@Override
	public int maxRecordsPerCall() {
		return settings.batchRecords();
	}

	@Override
	public long maxBytesPerCall() {
		return settings.batchBytes();
	}

	@Override
	public CompletableFuture<List<PutResult>> send(List<OutRecord> batch) {
		String hashKey = settings.useQueuePartition() ? null : settings.explicitHashKey();
		List<KinesisRecord> records = new ArrayList<>(batch.size());
		for (OutRecord r : batch) {
			records.add(new KinesisRecord(r.data.join(), partitionKey(r), hashKey));
		}
		return transport.putRecords(stream, records);
	}

	private String partitionKey(OutRecord r) {
		return settings.useQueuePartition() && r.queue != null ? r.queue : settings.partitionKey();
	}

}
