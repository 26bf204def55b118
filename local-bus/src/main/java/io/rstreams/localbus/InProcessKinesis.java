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

import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.client.aws.AwsCallException;
import io.rstreams.client.aws.KinesisRecord;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.PutResult;
import io.rstreams.localbus.processor.BusProcessor;
import io.rstreams.localbus.processor.InputRecord;

/**
 * The embedded bus's Kinesis: a {@code PutRecords} hands the very record bytes a real
 * stream would carry to the bus processor, as one batch of one shard, and is acknowledged
 * once the events are stored. Calls are processed one at a time, in order, like one
 * Kinesis shard read by one Lambda.
 *
 * <p>
 * Unlike real Kinesis the acknowledgement comes after processing, so a writer's
 * {@code flush()} means "readable".
 */
public final class InProcessKinesis implements KinesisTransport, AutoCloseable {

	private static final AtomicInteger THREADS = new AtomicInteger();

	private static final String SHARD = "shardId-000000000000";

	private final BusProcessor processor;

	private final String streamName;

	private final Clock clock;

	private final ExecutorService shard;

	private BigInteger sequence = new BigInteger("49600000000000000000000000000000000000000000000000000000");

	public InProcessKinesis(BusProcessor processor, String streamName, Clock clock) {
		this.processor = processor;
		this.streamName = streamName;
		this.clock = clock;
		this.shard = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "rstreams-local-shard-" + THREADS.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	@Override
	public CompletableFuture<List<PutResult>> putRecords(String stream, List<KinesisRecord> records) {
		if (!streamName.equals(stream)) {
			return CompletableFuture.failedFuture(new AwsCallException(
					"Kinesis PutRecords to stream '" + stream + "' failed: ResourceNotFoundException: Stream " + stream
							+ " not found (the local bus's stream is '" + streamName + "')",
					null, false, "ResourceNotFoundException"));
		}
		return CompletableFuture.supplyAsync(() -> {
			long arrival = clock.millis();
			List<InputRecord> batch = new ArrayList<>(records.size());
			List<PutResult> results = new ArrayList<>(records.size());
			for (KinesisRecord r : records) {
				sequence = sequence.add(BigInteger.ONE);
				batch.add(new InputRecord(sequence.toString(), arrival, r.data()));
				results.add(PutResult.accepted(SHARD, sequence.toString()));
			}
			processor.process(SHARD, batch);
			return results;
		}, shard);
	}

	@Override
	public void close() {
		shard.shutdownNow();
	}

}
