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
package io.rstreams.client.checkpoint;

/**
 * A read (or write) checkpoint value as stored under {@code checkpoints.read["queue:
 *
<q>"]} (protocol.md 7.1).
 *
 * @param checkpoint the last eid processed
 * @param sourceTimestamp the {@code event_source_timestamp} the SDK records for the
 * events covered
 * @param startedTimestamp when processing of the covered events started (ms)
 * @param endedTimestamp when it ended (ms)
 * @param records events covered by this update (not cumulative)
 */
public record Checkpoint(String checkpoint, Long sourceTimestamp, Long startedTimestamp, Long endedTimestamp,
		Long records) {
}
