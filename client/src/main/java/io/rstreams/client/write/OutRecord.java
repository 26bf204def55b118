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

/**
 * One record on its way to the transport: a chunk, or the pointer of an S3 file
 * (protocol.md 5.1, 5.2). Its bytes may still be being produced (while its S3 file
 * uploads); it carries the acknowledgements of its events and how often it was tried.
 */
final class OutRecord {

	final CompletableFuture<byte[]> data;

	final List<CompletableFuture<Void>> acks;

	/**
	 * The queue a {@code useQueuePartition} writer partitions by; {@code null} sends the
	 * configured key.
	 */
	final String queue;

	final String description;

	/**
	 * Position in the writer's order of records, set when it is queued; what a flush
	 * marks as due.
	 */
	long sequence;

	int attempts;

	String lastError;

	OutRecord(CompletableFuture<byte[]> data, List<CompletableFuture<Void>> acks, String queue, String description) {
		this.data = data;
		this.acks = acks;
		this.queue = queue;
		this.description = description;
	}

	/** Bytes, or 0 while they are still being produced. */
	int size() {
		byte[] bytes = data.getNow(null);
		return bytes == null ? 0 : bytes.length;
	}

}
