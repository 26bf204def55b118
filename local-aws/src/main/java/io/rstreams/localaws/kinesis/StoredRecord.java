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
package io.rstreams.localaws.kinesis;

import java.time.Instant;

/**
 * One record of a shard as Kinesis keeps it.
 *
 * @param sequenceNumber unique in its shard, increasing in the order records were put
 * @param arrival when the stream accepted it (Kinesis's approximate arrival timestamp)
 * @param data the bytes the producer put, unchanged
 * @param partitionKey the producer's partition key
 */
public record StoredRecord(String sequenceNumber, Instant arrival, byte[] data, String partitionKey) {
}
