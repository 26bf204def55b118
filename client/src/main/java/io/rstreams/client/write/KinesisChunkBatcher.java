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

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.rstreams.client.Event;
import io.rstreams.client.bus.EventsFile;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.WireLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WriteMode#KINESIS}: events become gzip NDJSON chunks of at most 100 events / 200
 * KiB, one Kinesis record each (protocol.md 5.1). An event whose JSON is over the offload
 * threshold (600 KiB) goes alone into an S3 file, and its pointer record takes its place
 * in the order: the chunk before it is closed first (protocol.md 5.1 step 2, 5.2).
 */
final class KinesisChunkBatcher implements RecordBatcher {

	private static final Logger log = LoggerFactory.getLogger(KinesisChunkBatcher.class);

	private final long offloadThresholdBytes;

	private final OpenChunk chunk;

	private final S3Uploads s3;

	private final Consumer<OutRecord> out;

	KinesisChunkBatcher(WriterSettings settings, S3Uploads s3, Consumer<OutRecord> out) {
		this.offloadThresholdBytes = settings.offloadThresholdBytes();
		this.chunk = new OpenChunk(settings, true, out);
		this.s3 = s3;
		this.out = out;
	}

	@Override
	public void add(Event event, WireLine line, CompletableFuture<Void> ack) {
		if (line.jsonLength() > offloadThresholdBytes) {
			chunk.flush();
			offload(event, ack);
			return;
		}
		chunk.append(event.event(), line, ack);
	}

	private void offload(Event event, CompletableFuture<Void> ack) {
		EventsFile file = s3.newFile(event.event(), event.id());
		file.add(EventCodec.toWireNode(event));
		file.closeMember();
		log.debug("Event of {} bytes for queue '{}' goes through S3: {}", file.memberSize(), event.event(), file);
		out.accept(s3.upload(file, List.of(ack)));
	}

	@Override
	public boolean linger(long now) {
		chunk.flush();
		return false;
	}

	@Override
	public void closeAll() {
		chunk.flush();
	}

}
