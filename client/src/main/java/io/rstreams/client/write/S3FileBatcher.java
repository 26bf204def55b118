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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.rstreams.client.Event;
import io.rstreams.client.bus.EventsFile;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.WireLine;

/**
 * {@link WriteMode#S3} (the SDK's {@code useS3}): every event goes into an open S3 file
 * of its queue, a concatenation of gzip members of at most {@code s3ChunkBytes} of
 * NDJSON; a file closes at {@code s3ChunksPerFile} members, when it has been open
 * {@code s3FileTime}, or on flush, and its pointer record goes to Kinesis after the
 * upload (protocol.md 5.2).
 */
final class S3FileBatcher implements RecordBatcher {

	private final WriterSettings settings;

	private final S3Uploads s3;

	private final Consumer<OutRecord> out;

	private final Map<String, OpenFile> files = new LinkedHashMap<>();

	S3FileBatcher(WriterSettings settings, S3Uploads s3, Consumer<OutRecord> out) {
		this.settings = settings;
		this.s3 = s3;
		this.out = out;
	}

	@Override
	public void add(Event event, WireLine line, CompletableFuture<Void> ack) {
		// the key's prefix is the producing bot, as the events' id and the pointer's
		// stats (leo-sdk's leoS3 is
		// given load's botId for all three); a file is per queue, so the first event's
		// bot names it
		OpenFile open = files.computeIfAbsent(event.event(), q -> new OpenFile(s3.newFile(q, event.id())));
		EventsFile file = open.file;
		open.acks.add(ack);
		if (file.memberSize() >= settings.s3ChunkBytes()) {
			file.closeMember();
		}
		file.add(EventCodec.toWireNode(event));
		if (file.memberSize() >= settings.s3ChunkBytes()) {
			file.closeMember();
			if (file.members() >= settings.s3ChunksPerFile()) {
				closeFile(event.event());
			}
		}
	}

	@Override
	public boolean linger(long now) {
		for (String queue : new ArrayList<>(files.keySet())) {
			if (now - files.get(queue).file.createdAt() >= settings.s3FileTime().toMillis()) {
				closeFile(queue);
			}
		}
		return !files.isEmpty();
	}

	@Override
	public void closeAll() {
		for (String queue : new ArrayList<>(files.keySet())) {
			closeFile(queue);
		}
	}

	private void closeFile(String queue) {
		OpenFile open = files.remove(queue);
		if (open == null || open.file.records() == 0) {
			return;
		}
		open.file.closeMember();
		out.accept(s3.upload(open.file, open.acks));
	}

	/** A file and the acknowledgements of the events in it. */
	private static final class OpenFile {

		final EventsFile file;

		final List<CompletableFuture<Void>> acks = new ArrayList<>();

		OpenFile(EventsFile file) {
			this.file = file;
		}

	}

}
