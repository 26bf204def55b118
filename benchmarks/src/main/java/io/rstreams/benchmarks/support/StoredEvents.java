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
package io.rstreams.benchmarks.support;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.BusConfig;
import io.rstreams.client.QueueRef;
import org.awaitility.core.ConditionTimeoutException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import static org.awaitility.Awaitility.await;

/**
 * Counts the events the bus has stored in a queue, incrementally, so that a writer can
 * tell when everything it wrote is in the queue without reading the events: the queue's
 * {@code max_eid} first (LeoEvent, set by the processor after the blocks it covers are
 * stored, protocol.md 5.4 step 7), then the {@code records} of the LeoStream blocks from
 * the last counted block up to it (protocol.md 2.1). Each call costs one GetItem and,
 * when something new is stored, a small Query of three attributes.
 */
public final class StoredEvents {

	private static final Duration CALL = Duration.ofSeconds(30);

	private final DynamoDbAsyncClient dynamo;

	private final BusConfig bus;

	private final String queueId;

	/** The end eid of the last block counted. */
	private String position = "z/";

	private String countedUpTo;

	private long count;

	public StoredEvents(DynamoDbAsyncClient dynamo, BusConfig bus, String queue) {
		this.dynamo = dynamo;
		this.bus = bus;
		this.queueId = QueueRef.parse(queue).queueId();
	}

	/** The events stored so far. */
	public synchronized long count() {
		String maxEid = maxEid();
		if (maxEid == null || maxEid.equals(countedUpTo)) {
			return count;
		}
		Map<String, AttributeValue> startKey = null;
		do {
			QueryResponse page = query(maxEid, startKey);
			for (Map<String, AttributeValue> item : page.items()) {
				AttributeValue records = item.get("records");
				count += records == null ? 0 : Long.parseLong(records.n());
				position = item.get("end").s();
			}
			startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
					: null;
		}
		while (startKey != null);
		countedUpTo = maxEid;
		return count;
	}

	/**
	 * Waits until at least {@code expected} events are stored, polling every
	 * {@code every}.
	 * @return the count reached
	 * @throws IllegalStateException after {@code timeout}, with the count reached
	 */
	public long awaitAtLeast(long expected, Duration every, Duration timeout) {
		try {
			await().atMost(timeout).pollInterval(every).pollDelay(Duration.ZERO).until(() -> count() >= expected);
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException("Only " + count + " of " + expected + " events were stored in queue '"
					+ queueId + "' after " + timeout.toSeconds() + " s", ex);
		}
		return count;
	}

	/**
	 * How long a writer waits for {@code events} to be stored before it calls the bus
	 * stuck: two minutes, plus a second per 500 events (the local bus stores a few
	 * thousand a second on a small machine).
	 */
	public static Duration timeoutFor(long events) {
		return Duration.ofSeconds(120 + events / 500);
	}

	private String maxEid() {
		GetItemResponse item = join(dynamo.getItem(g -> g.tableName(bus.leoEvent())
			.key(Map.of("event", AttributeValue.fromS(queueId)))
			.consistentRead(true)));
		AttributeValue max = item.hasItem() ? item.item().get("max_eid") : null;
		return max == null ? null : max.s();
	}

	private QueryResponse query(String maxEid, Map<String, AttributeValue> startKey) {
		return join(dynamo.query(q -> q.tableName(bus.leoStream())
			.keyConditionExpression("#event = :event and #end between :after and :max")
			.projectionExpression("#end, #records")
			.expressionAttributeNames(Map.of("#event", "event", "#end", "end", "#records", "records"))
			// the trailing space makes the range start after the last block counted, as
			// the
			// SDK's reads do (protocol.md 6 step 3)
			.expressionAttributeValues(Map.of(":event", AttributeValue.fromS(queueId), ":after",
					AttributeValue.fromS(position + " "), ":max", AttributeValue.fromS(maxEid)))
			.exclusiveStartKey(startKey)
			.limit(1000)));
	}

	private static <T> T join(CompletableFuture<T> call) {
		try {
			return call.get(CALL.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while counting stored events", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not count the stored events: " + ex, ex);
		}
	}

}
