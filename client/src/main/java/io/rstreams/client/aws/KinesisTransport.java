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
package io.rstreams.client.aws;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The last hop of the write path: one {@code PutRecords} to the bus stream. Production
 * uses {@link KinesisSdkTransport}; the local bus plugs in an in-process one that hands
 * the same record bytes straight to its processor.
 */
public interface KinesisTransport {

	/**
	 * Puts {@code records} to {@code streamName}.
	 * @return one result per record, in order. A call that failed as a whole completes
	 * exceptionally (an {@link AwsCallException} saying whether it is retryable).
	 */
	CompletableFuture<List<PutResult>> putRecords(String streamName, List<KinesisRecord> records);

}
