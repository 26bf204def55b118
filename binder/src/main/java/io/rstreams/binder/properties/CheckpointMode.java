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
package io.rstreams.binder.properties;

/**
 * When a consumer binding moves its bot's read checkpoint in LeoCron.
 *
 * <table>
 * <caption>Checkpoint modes</caption>
 * <tr>
 * <th>mode</th>
 * <th>checkpoint written</th>
 * <th>at most re-delivered after a crash</th>
 * </tr>
 * <tr>
 * <td>{@code batch} (default)</td>
 * <td>after every poll's events were handled</td>
 * <td>one poll</td>
 * </tr>
 * <tr>
 * <td>{@code record}</td>
 * <td>after every event</td>
 * <td>one event</td>
 * </tr>
 * <tr>
 * <td>{@code periodic}</td>
 * <td>every {@code checkpoint-interval} and/or {@code checkpoint-count} events</td>
 * <td>one interval/count</td>
 * </tr>
 * <tr>
 * <td>{@code manual}</td>
 * <td>when the application calls the {@code rstreams_checkpointer} header or acknowledges
 * the message</td>
 * <td>everything not acknowledged</td>
 * </tr>
 * </table>
 *
 * In every mode the checkpoint only covers events whose handling finished, and whose
 * outputs the bus accepted.
 */
public enum CheckpointMode {

	BATCH, RECORD, PERIODIC, MANUAL

}
