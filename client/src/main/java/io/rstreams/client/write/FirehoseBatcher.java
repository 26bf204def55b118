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

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.rstreams.client.Event;
import io.rstreams.client.codec.WireLine;

/**
 * {@link WriteMode#FIREHOSE}: the same chunks as Kinesis mode but not gzipped
 * (protocol.md 5.3); the Firehose sink concatenates a batch of them into one Firehose
 * record. There is no S3 offload: Firehose takes big records, and the bus's firehose
 * processor re-chunks them.
 */
final class FirehoseBatcher implements RecordBatcher {

	private final OpenChunk chunk;

	FirehoseBatcher(WriterSettings settings, Consumer<OutRecord> out) {
		this.chunk = new OpenChunk(settings, false, out);
	}

	@Override
	public void add(Event event, WireLine line, CompletableFuture<Void> ack) {
		chunk.append(event.event(), line, ack);
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
