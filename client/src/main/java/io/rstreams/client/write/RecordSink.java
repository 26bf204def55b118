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

import io.rstreams.client.aws.PutResult;

/**
 * Where the send loop puts a batch of records: one transport call per batch (protocol.md
 * 5.1, 5.3), with the batch limits of that transport.
 */
interface RecordSink {

	/** Records per call. */
	int maxRecordsPerCall();

	/** Bytes per call; a single larger record still goes alone. */
	long maxBytesPerCall();

	/**
	 * Sends {@code batch}, whose data are all complete.
	 * @return one result per record, in order; completes exceptionally when the call
	 * failed as a whole
	 */
	CompletableFuture<List<PutResult>> send(List<OutRecord> batch);

}
