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
package io.rstreams.client.bus;

import java.util.Map;

import io.rstreams.client.aws.DynamoValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A queue's LeoEvent item (protocol.md 2.1): {@code max_eid} is the highest eid the bus
 * has stored and the upper bound of every read; {@code v} 2 means the events are in
 * LeoStream.
 *
 * @param event queue id
 * @param maxEid highest stored eid, or {@code null}
 * @param timestamp time of the processor's last update (ms), or {@code null}
 * @param v storage version (0 when absent)
 * @param archiveEnd {@code archive.end} when the queue has an archive, else {@code null}
 * @param snapshotStart {@code snapshot.start} when a snapshot was registered, else
 * {@code null}
 */
public record QueueInfo(String event, String maxEid, Long timestamp, long v, String archiveEnd, String snapshotStart) {

	public static QueueInfo fromItem(Map<String, AttributeValue> item) {
		Map<String, AttributeValue> archive = DynamoValues.map(item, "archive");
		Map<String, AttributeValue> snapshot = DynamoValues.map(item, "snapshot");
		Long v = DynamoValues.number(item, "v");
		return new QueueInfo(DynamoValues.string(item, "event"), DynamoValues.string(item, "max_eid"),
				DynamoValues.number(item, "timestamp"), v == null ? 0 : v,
				archive == null ? null : DynamoValues.string(archive, "end"),
				snapshot == null ? null : DynamoValues.string(snapshot, "start"));
	}
}
