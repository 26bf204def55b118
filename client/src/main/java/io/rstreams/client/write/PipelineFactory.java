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

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.FirehoseTransport;
import io.rstreams.client.aws.KinesisTransport;
import io.rstreams.client.aws.ObjectStore;

/**
 * Chooses, once, the batcher and the sink of a writer's {@link WriteMode} (protocol.md
 * 5.1 - 5.3) and wires them with the send loop, failing at build time when the mode's
 * transport or bus resource is missing.
 */
final class PipelineFactory {

	private static final AtomicInteger THREADS = new AtomicInteger();

	private PipelineFactory() {
	}

	static WritePipeline create(BusConfig bus, WriterSettings settings, KinesisTransport kinesis,
			FirehoseTransport firehose, ObjectStore objectStore, Clock clock, WriterCounters counters) {
		WriteMode mode = settings.mode();
		switch (mode) {
			case KINESIS -> require(mode, kinesis != null, "a Kinesis transport");
			case S3 ->
				require(mode, kinesis != null && objectStore != null, "a Kinesis transport and an S3 object store");
			case FIREHOSE -> require(mode, firehose != null, "a Firehose transport");
		}
		if (mode == WriteMode.FIREHOSE) {
			require(mode, bus.leoFirehoseStream() != null, "LeoFirehoseStream in the bus config");
		}
		else {
			require(mode, bus.leoKinesisStream() != null, "LeoKinesisStream in the bus config");
		}
		RecordQueue queue = new RecordQueue();
		S3Uploads s3 = new S3Uploads(objectStore, bus.leoS3(), clock);
		RecordBatcher batcher = switch (mode) {
			case KINESIS -> new KinesisChunkBatcher(settings, s3, queue::add);
			case S3 -> new S3FileBatcher(settings, s3, queue::add);
			case FIREHOSE -> new FirehoseBatcher(settings, queue::add);
		};
		RecordSink sink = mode == WriteMode.FIREHOSE ? new FirehoseSink(firehose, bus.leoFirehoseStream(), settings)
				: new KinesisSink(kinesis, bus.leoKinesisStream(), settings);
		ScheduledExecutorService executor = newExecutor();
		ReentrantLock lock = new ReentrantLock();
		SendLoop loop = new SendLoop(queue, sink, settings, executor, lock, counters);
		return new WritePipeline(batcher, queue, loop, executor, lock, clock, settings.linger().toMillis());
	}

	private static void require(WriteMode mode, boolean condition, String what) {
		if (!condition) {
			throw new IllegalArgumentException("A " + mode + " writer needs " + what);
		}
	}

	/**
	 * One daemon thread per writer for its callbacks and timers: a writer never keeps a
	 * JVM alive.
	 */
	private static ScheduledExecutorService newExecutor() {
		return Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "rstreams-writer-" + THREADS.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

}
