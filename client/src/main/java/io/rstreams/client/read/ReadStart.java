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
package io.rstreams.client.read;

import io.rstreams.client.bus.QueueInfo;

/**
 * Where a bot's read of a queue starts, as resolved from LeoCron and LeoEvent
 * (protocol.md section 6, steps 2-4).
 *
 * @param botId the bot
 * @param queue the queue id
 * @param after exclusive lower bound to read from
 * @param checkpoint the bot's stored read checkpoint on the queue, or {@code null} (also
 * the value a conditional checkpoint expects)
 * @param botExists whether the bot has a LeoCron item
 * @param queueInfo the queue's LeoEvent item, or {@code null} when the queue has never
 * been written
 * @param maxEid the read's upper bound: {@code max_eid}, or "now" for a queue without one
 */
public record ReadStart(String botId, String queue, ReadPosition after, String checkpoint, boolean botExists,
		QueueInfo queueInfo, String maxEid) {

	/**
	 * Whether there can be anything to read (the queue exists and its max eid is past the
	 * start).
	 */
	public boolean hasEvents() {
		return queueInfo != null && after.isBefore(maxEid);
	}

	public ReadRequest toRequest() {
		// a queue never written has nothing to read: the bound is the start itself
		String upTo = queueInfo == null ? after.queryKey() : maxEid;
		return new ReadRequest(queue, after, upTo, Long.MAX_VALUE, Long.MAX_VALUE, null);
	}
}
