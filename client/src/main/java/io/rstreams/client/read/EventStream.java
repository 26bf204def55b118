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

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.AwsCalls;
import io.rstreams.client.aws.AwsOperation;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.bus.StreamBlock;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The entries of one bounded read, fetched lazily: one LeoStream Query page (at most
 * {@code queryLimit} items) and one block at a time, so memory does not depend on how
 * much the queue holds (protocol.md section 6, step 5).
 *
 * <p>
 * Each page is {@code Query #event = :event and #key between :start and :maxkey},
 * ascending; the next page starts after the last item's {@code end}. The read ends at
 * {@code maxEid}, at the request's limits, or at an empty page. An AWS failure is thrown
 * from {@link #hasNext()}, including a connection that fails while an S3 events file
 * streams in (never reported as corrupt data); the entries already returned stay valid
 * and {@link #position()} says where to resume. The block being read when it failed is
 * read again, from after the last returned entry, if {@link #hasNext()} is called again.
 * An unbounded read queries the next page while the current one is handed out.
 */
public final class EventStream implements Iterator<ReadEntry>, AutoCloseable {

	private final DynamoDbAsyncClient dynamo;

	private final ObjectStore s3;

	private final BusConfig bus;

	private final ReadRequest request;

	private final int queryLimit;

	private final Duration timeout;

	private final Clock clock;

	private final Deque<StreamBlock> page = new ArrayDeque<>();

	private ReadPosition queryStart;

	private ReadPosition position;

	private BlockDecoder block;

	private StreamBlock blockItem;

	private ReadEntry nextEntry;

	private boolean exhausted;

	private long entries;

	private long bytes;

	private int queries;

	private Prefetch prefetched;

	EventStream(DynamoDbAsyncClient dynamo, ObjectStore s3, BusConfig bus, ReadRequest request,
			ReaderSettings settings) {
		this.dynamo = dynamo;
		this.s3 = s3;
		this.bus = bus;
		this.request = request;
		this.queryLimit = settings.queryLimit();
		this.timeout = settings.callTimeout();
		this.clock = settings.clock();
		this.queryStart = request.after();
		this.position = request.after();
	}

	@Override
	public boolean hasNext() {
		if (nextEntry != null) {
			return true;
		}
		if (exhausted || limitReached()) {
			return false;
		}
		nextEntry = advance();
		return nextEntry != null;
	}

	@Override
	public ReadEntry next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		ReadEntry entry = nextEntry;
		nextEntry = null;
		entries++;
		if (entry instanceof ReadEntry.Ok ok) {
			bytes += ok.bytes();
		}
		position = ReadPosition.after(entry.lastEid());
		return entry;
	}

	private boolean limitReached() {
		return entries >= request.limit() || bytes >= request.maxBytes()
				|| (request.deadline() != null && !clock.instant().isBefore(request.deadline()));
	}

	private ReadEntry advance() {
		while (true) {
			if (block != null) {
				ReadEntry entry;
				try {
					entry = block.next();
				}
				catch (RuntimeException ex) {
					// dropping the block would skip its unread events if the caller asks
					// again
					block.close();
					block = null;
					page.addFirst(blockItem);
					throw ex;
				}
				if (entry != null) {
					return entry;
				}
				block.close();
				block = null;
			}
			if (page.isEmpty() && !fetchPage()) {
				exhausted = true;
				return null;
			}
			StreamBlock item = page.poll();
			try {
				block = new BlockDecoder(request.queue(), item, position, s3);
			}
			catch (RuntimeException ex) {
				page.addFirst(item);
				throw ex;
			}
			blockItem = item;
		}
	}

	private boolean fetchPage() {
		if (!queryStart.isBefore(request.maxEid())) {
			return false;
		}
		CompletableFuture<QueryResponse> pending = prefetched != null && prefetched.start().equals(queryStart)
				? prefetched.response() : query(queryStart);
		ReadPosition start = queryStart;
		// a failed page is queried again on the next call, not awaited again
		prefetched = null;
		QueryResponse response = AwsCalls.await(pending, timeout, AwsOperation.dynamo("Query", bus.leoStream()),
				() -> "Query LeoStream table '" + bus.leoStream() + "' for queue '" + request.queue() + "' from '"
						+ start + "'");
		List<Map<String, AttributeValue>> items = response.items();
		if (items.isEmpty()) {
			return false;
		}
		for (Map<String, AttributeValue> item : items) {
			page.add(StreamBlock.fromItem(item));
		}
		queryStart = ReadPosition.after(page.peekLast().end());
		if (prefetches(response)) {
			prefetched = new Prefetch(queryStart, query(queryStart));
		}
		return true;
	}

	/**
	 * An unbounded read that got a full page fetches the next one while this one is
	 * decoded and handed out; a bounded read likely ends within the page and would throw
	 * the next one away.
	 */
	private boolean prefetches(QueryResponse response) {
		boolean more = response.hasLastEvaluatedKey() || response.items().size() >= queryLimit;
		return more && queryStart.isBefore(request.maxEid()) && request.limit() == Long.MAX_VALUE
				&& request.maxBytes() == Long.MAX_VALUE;
	}

	private CompletableFuture<QueryResponse> query(ReadPosition from) {
		QueryRequest query = QueryRequest.builder()
			.tableName(bus.leoStream())
			.keyConditionExpression("#event = :event and #key between :start and :maxkey")
			.expressionAttributeNames(Map.of("#event", "event", "#key", "end"))
			.expressionAttributeValues(Map.of(":event", AttributeValue.fromS(request.queue()), ":start",
					AttributeValue.fromS(from.queryKey()), ":maxkey", AttributeValue.fromS(request.maxEid())))
			.limit(queryLimit)
			.scanIndexForward(true)
			.overrideConfiguration(AwsCalls.timeout(timeout))
			.build();
		queries++;
		return dynamo.query(query);
	}

	private record Prefetch(ReadPosition start, CompletableFuture<QueryResponse> response) {
	}

	/**
	 * The exclusive lower bound after everything returned so far: after the last returned
	 * eid, or the request's {@code after} when nothing was returned.
	 */
	public ReadPosition position() {
		return position;
	}

	/** Entries returned so far. */
	public long entries() {
		return entries;
	}

	/** Stored line bytes of the events returned so far. */
	public long bytes() {
		return bytes;
	}

	/** LeoStream queries issued so far. */
	public int queries() {
		return queries;
	}

	/**
	 * Whether the read stopped because the queue (up to {@code maxEid}) has nothing more.
	 */
	public boolean isExhausted() {
		return exhausted && nextEntry == null;
	}

	@Override
	public void close() {
		if (block != null) {
			block.close();
			block = null;
		}
		page.clear();
		if (prefetched != null) {
			prefetched.response().cancel(false);
			prefetched = null;
		}
		exhausted = true;
	}

}
