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

import java.time.Instant;
import java.util.Objects;

import io.rstreams.client.QueueRef;

/**
 * One bounded read of a queue.
 *
 * @param queue the queue id (normalised, see {@link QueueRef#queueId()})
 * @param after exclusive lower bound: after an eid, or at a partial eid such as
 * {@code z/2024/01/01}
 * @param maxEid inclusive upper bound, normally the queue's {@code LeoEvent.max_eid}
 * taken when the read starts
 * @param limit stop after this many entries
 * @param maxBytes stop once this many bytes of stored lines were read
 * @param deadline stop at this time, or {@code null}
 */
public record ReadRequest(String queue, ReadPosition after, String maxEid, long limit, long maxBytes,
		Instant deadline) {

	public ReadRequest {
		Objects.requireNonNull(queue, "queue");
		Objects.requireNonNull(after, "after");
		Objects.requireNonNull(maxEid, "maxEid");
		if (limit <= 0 || maxBytes <= 0) {
			throw new IllegalArgumentException("limit and maxBytes must be positive");
		}
	}

	public static ReadRequest of(String queue, ReadPosition after, String maxEid) {
		return new ReadRequest(QueueRef.parse(queue).queueId(), after, maxEid, Long.MAX_VALUE, Long.MAX_VALUE, null);
	}

	public ReadRequest withLimit(long newLimit) {
		return new ReadRequest(queue, after, maxEid, newLimit, maxBytes, deadline);
	}

	public ReadRequest withMaxBytes(long bytes) {
		return new ReadRequest(queue, after, maxEid, limit, bytes, deadline);
	}

	public ReadRequest withDeadline(Instant newDeadline) {
		return new ReadRequest(queue, after, maxEid, limit, maxBytes, newDeadline);
	}
}
