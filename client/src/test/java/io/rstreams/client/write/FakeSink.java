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
package io.rstreams.client.write;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import io.rstreams.client.aws.PutResult;

/**
 * A sink that records every batch and answers each record as a policy says (default:
 * accept).
 */
final class FakeSink implements RecordSink {

	final List<List<String>> calls = new ArrayList<>();

	private final int maxRecords;

	private final long maxBytes;

	/** (call index, record description) to result. */
	BiFunction<Integer, String, PutResult> policy = (call, record) -> PutResult.accepted("shardId-000000000000", "1");

	/**
	 * When set, answers the whole call instead of the policy (e.g. a failed or an
	 * unanswered call).
	 */
	CompletableFuture<List<PutResult>> nextCall;

	FakeSink(int maxRecords, long maxBytes) {
		this.maxRecords = maxRecords;
		this.maxBytes = maxBytes;
	}

	@Override
	public int maxRecordsPerCall() {
		return maxRecords;
	}

	@Override
	public long maxBytesPerCall() {
		return maxBytes;
	}

	@Override
	public CompletableFuture<List<PutResult>> send(List<OutRecord> batch) {
		int call = calls.size();
		calls.add(batch.stream().map(r -> r.description).toList());
		if (nextCall != null) {
			CompletableFuture<List<PutResult>> answer = nextCall;
			nextCall = null;
			return answer;
		}
		List<PutResult> results = new ArrayList<>();
		for (OutRecord r : batch) {
			results.add(policy.apply(call, r.description));
		}
		return CompletableFuture.completedFuture(results);
	}

}
