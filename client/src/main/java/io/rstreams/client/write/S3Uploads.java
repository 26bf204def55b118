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
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.bus.EventsFile;

/**
 * Opens a writer's S3 events files and turns a finished one into its upload and pointer
 * record (protocol.md 5.2): the pointer may go to Kinesis only once S3 has the file, so
 * the record's bytes complete with the upload.
 */
final class S3Uploads {

	private final ObjectStore store;

	private final String bucket;

	private final Clock clock;

	/** The 7-digit file counter of the S3 keys. */
	private long files;

	/**
	 * @param store and {@code bucket} may be {@code null}: a writer then fails only the
	 * events that need S3
	 */
	S3Uploads(ObjectStore store, String bucket, Clock clock) {
		this.store = store;
		this.bucket = bucket;
		this.clock = clock;
	}

	/**
	 * A new file of {@code queue}; its key carries {@code prefix} (the SDK uses the bot
	 * id).
	 */
	EventsFile newFile(String queue, String prefix) {
		if (store == null || bucket == null) {
			throw new WriteFailedException("Writing through S3 needs an S3 object store and LeoS3 in the bus config",
					null);
		}
		return new EventsFile(queue, bucket, prefix, ++files, clock.millis());
	}

	/**
	 * Uploads {@code file} (its members closed); the record's bytes are its pointer, once
	 * S3 accepted it.
	 */
	OutRecord upload(EventsFile file, List<CompletableFuture<Void>> acks) {
		byte[] pointer = file.pointerRecord(clock.millis());
		CompletableFuture<byte[]> data;
		try {
			data = store.put(bucket, file.key(), file.bytes()).thenApply(done -> pointer);
		}
		catch (RuntimeException ex) {
			// refused before it started: the file's events fail like those of a failed
			// upload
			data = CompletableFuture.failedFuture(ex);
		}
		return new OutRecord(data, acks, null, file.toString());
	}

}
