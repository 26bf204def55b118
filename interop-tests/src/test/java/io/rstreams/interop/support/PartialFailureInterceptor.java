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
package io.rstreams.interop.support;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * Makes Kinesis fail a share of the entries of each {@code PutRecords} the way AWS does
 * under throttling: the failed entries are taken out of the request before it is sent, so
 * the stream never receives them, and the response gets them back at their original
 * positions with {@code ErrorCode ProvisionedThroughputExceededException}. Every third
 * entry of a call fails, but no record fails more than twice, so each gets through within
 * the writer's attempts.
 */
public final class PartialFailureInterceptor implements ExecutionInterceptor {

	private static final ExecutionAttribute<Plan> PLAN = new ExecutionAttribute<>("rstreams-test-partial-failure");

	/**
	 * Which original positions were kept (sent), and how many entries the caller sent.
	 */
	private record Plan(List<Integer> kept, int total) {
	}

	private final Map<ByteBuffer, AtomicInteger> failuresPerRecord = new ConcurrentHashMap<>();

	private final AtomicLong calls = new AtomicLong();

	private final AtomicLong injected = new AtomicLong();

	private final AtomicLong accepted = new AtomicLong();

	/** PutRecords calls seen. */
	public long calls() {
		return calls.get();
	}

	/** Entries reported as throttled without having been sent. */
	public long injectedFailures() {
		return injected.get();
	}

	/** Entries the stream accepted. */
	public long acceptedEntries() {
		return accepted.get();
	}

	@Override
	public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
		if (!(context.request() instanceof PutRecordsRequest request)) {
			return context.request();
		}
		long call = calls.incrementAndGet();
		List<PutRecordsRequestEntry> entries = request.records();
		List<PutRecordsRequestEntry> sent = new ArrayList<>();
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			AtomicInteger failures = failuresPerRecord.computeIfAbsent(entries.get(i).data().asByteBuffer(),
					k -> new AtomicInteger());
			boolean fail = (call + i) % 3 == 0 && failures.get() < 2 && (kept.size() > 0 || i < entries.size() - 1);
			if (fail) {
				failures.incrementAndGet();
			}
			else {
				sent.add(entries.get(i));
				kept.add(i);
			}
		}
		attributes.putAttribute(PLAN, new Plan(kept, entries.size()));
		return request.toBuilder().records(sent).build();
	}

	@Override
	public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
		Plan plan = attributes.getAttribute(PLAN);
		if (plan == null || !(context.response() instanceof PutRecordsResponse response)) {
			return context.response();
		}
		PutRecordsResultEntry[] results = new PutRecordsResultEntry[plan.total()];
		for (int j = 0; j < plan.kept().size(); j++) {
			PutRecordsResultEntry r = response.records().get(j);
			results[plan.kept().get(j)] = r;
			if (r.errorCode() == null) {
				accepted.incrementAndGet();
			}
		}
		int throttled = 0;
		for (int i = 0; i < results.length; i++) {
			if (results[i] == null) {
				throttled++;
				results[i] = PutRecordsResultEntry.builder()
					.errorCode("ProvisionedThroughputExceededException")
					.errorMessage("Rate exceeded for shard shardId-000000000000 in stream (injected by the test)")
					.build();
			}
		}
		injected.addAndGet(throttled);
		int failed = (response.failedRecordCount() == null ? 0 : response.failedRecordCount()) + throttled;
		return response.toBuilder().records(results).failedRecordCount(failed).build();
	}

}
