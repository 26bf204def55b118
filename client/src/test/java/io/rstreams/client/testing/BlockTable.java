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
package io.rstreams.client.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;

import io.rstreams.client.bus.StreamBlock;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A LeoStream table of one queue that answers the reader's Query
 * ({@code end between :start and :maxkey}, ascending, at most {@code Limit} items); every
 * other DynamoDB call is unsupported.
 */
public final class BlockTable implements DynamoDbAsyncClient {

	private final NavigableMap<String, Map<String, AttributeValue>> byEnd = new ConcurrentSkipListMap<>();

	public BlockTable add(StreamBlock block) {
		byEnd.put(block.end(), block.toItem());
		return this;
	}

	@Override
	public CompletableFuture<QueryResponse> query(QueryRequest request) {
		String start = request.expressionAttributeValues().get(":start").s();
		String max = request.expressionAttributeValues().get(":maxkey").s();
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		for (Map<String, AttributeValue> item : byEnd.subMap(start, true, max, true).values()) {
			if (request.limit() != null && items.size() == request.limit()) {
				break;
			}
			items.add(item);
		}
		return CompletableFuture.completedFuture(QueryResponse.builder().items(items).count(items.size()).build());
	}

	@Override
	public String serviceName() {
		return "dynamodb";
	}

	@Override
	public void close() {
	}

}
