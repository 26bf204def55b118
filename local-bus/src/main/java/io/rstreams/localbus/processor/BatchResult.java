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
package io.rstreams.localbus.processor;

import java.util.Map;

/**
 * What one processed batch stored.
 *
 * @param batchMillis the batch time every eid of the batch is based on
 * @param events events stored
 * @param dropped objects dropped (no queue, no id or payload, control messages,
 * undecodable records)
 * @param maxEids per queue, the {@code max_eid} written to LeoEvent
 */
public record BatchResult(long batchMillis, long events, long dropped, Map<String, String> maxEids) {
}
