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

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.rstreams.client.aws.FirehoseTransport;
import io.rstreams.client.aws.PutResult;

/**
 * One {@code PutRecordBatch} per batch carrying a single Firehose record: all the batch's
 * chunk texts concatenated, up to {@code firehoseBatchBytes} (protocol.md 5.3). That
 * record's result is every chunk's result.
 */
final class FirehoseSink implements RecordSink {

	private final FirehoseTransport transport;

	private final String deliveryStream;

	private final long maxBytes;

	FirehoseSink(FirehoseTransport transport, String deliveryStream, WriterSettings settings) {
		this.transport = transport;
		this.deliveryStream = deliveryStream;
		this.maxBytes = settings.firehoseBatchBytes();
	}

	@Override
	public int maxRecordsPerCall() {
		return Integer.MAX_VALUE;
	}

	@Override
	public long maxBytesPerCall() {
		return maxBytes;
	}

	@Override
	public CompletableFuture<List<PutResult>> send(List<OutRecord> batch) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (OutRecord r : batch) {
			all.writeBytes(r.data.join());
		}
		return transport.putRecordBatch(deliveryStream, List.of(all.toByteArray()))
			.thenApply(results -> expand(results, batch.size()));
	}

	private static List<PutResult> expand(List<PutResult> results, int n) {
		PutResult r = results.isEmpty() ? PutResult.failed("NoResult", "Firehose returned no result") : results.get(0);
		List<PutResult> all = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			all.add(r);
		}
		return all;
	}

}
