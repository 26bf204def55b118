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
package io.rstreams.localbus.kinesis;

import java.util.List;

/**
 * What a {@link KinesisPoller} has done so far.
 *
 * @param shards the shards being read
 * @param records Kinesis records handed to the processor and stored
 * @param batches batches stored
 * @param failures failed attempts at storing a batch (each was tried again) or at reading
 * Kinesis
 * @param lastError the last failure's message, or {@code null}
 */
public record PollerStats(List<String> shards, long records, long batches, long failures, String lastError) {
}
