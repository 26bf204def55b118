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
package io.rstreams.test;

import java.util.HashMap;
import java.util.Map;

import io.rstreams.client.bus.QueueInfo;
import io.rstreams.localbus.LocalBus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Where each queue ended at the last reset: its {@code max_eid} in LeoEvent (protocol.md
 * 2), which the bus moves as it stores events. Taken from LeoEvent rather than from the
 * clock, because eids come from the bus's clock at processing time and two events of one
 * millisecond differ only by their sequence.
 */
final class ResetMarks {

	private final LocalBus bus;

	private volatile Map<String, String> marks = Map.of();

	ResetMarks(LocalBus bus) {
		this.bus = bus;
	}

	void reset() {
		Map<String, String> now = new HashMap<>();
		Map<String, AttributeValue> start = null;
		do {
			ScanRequest.Builder request = ScanRequest.builder().tableName(bus.config().leoEvent()).consistentRead(true);
			if (start != null) {
				request.exclusiveStartKey(start);
			}
			ScanResponse page = bus.dynamo().scan(request.build()).join();
			for (Map<String, AttributeValue> item : page.items()) {
				QueueInfo queue = QueueInfo.fromItem(item);
				if (queue.event() != null && queue.maxEid() != null) {
					now.put(queue.event(), queue.maxEid());
				}
			}
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		marks = Map.copyOf(now);
	}

	/**
	 * The queue's last eid at the last reset, or {@code null}: read from the beginning.
	 */
	String mark(String queueId) {
		return marks.get(queueId);
	}

	Map<String, String> marks() {
		return marks;
	}

}
