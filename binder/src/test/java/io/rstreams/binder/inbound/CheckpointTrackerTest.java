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
package io.rstreams.binder.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.rstreams.client.Event;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

class CheckpointTrackerTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	private static List<Event> event(int n) {
		return List.of(Event.builder().event("orders").eid(eid(n)).build());
	}

	private static String eid(int n) {
		return "z/2026/03/01/10/00/" + n + "-0";
	}

	private static CheckpointTracker anonymous() {
		return new CheckpointTracker(null, null, null, "orders", null, null, CLOCK, Duration.ofMillis(50), null);
	}

	@Test
	void checkpointsThePrefixWhoseOutputsWereAccepted() {
		CheckpointTracker tracker = anonymous();
		CompletableFuture<Void> pending = new CompletableFuture<>();
		tracker.completed(event(1), List.of(CompletableFuture.completedFuture(null)), Set.of());
		tracker.completed(event(2), List.of(pending), Set.of());
		tracker.completed(event(3), List.of(), Set.of());
		assertThatThrownBy(tracker::checkpoint).isInstanceOfSatisfying(OutputsNotAcceptedException.class,
				ex -> assertThat(ex.failed()).isFalse());
		assertThat(tracker.checkpointed()).isEqualTo(eid(1));
		assertThat(tracker.uncheckpointedRecords()).isEqualTo(2);
		pending.complete(null);
		tracker.checkpoint();
		assertThat(tracker.checkpointed()).isEqualTo(eid(3));
		assertThat(tracker.uncheckpointedRecords()).isZero();
	}

	@Test
	void neverPastAFailedOutput() {
		CheckpointTracker tracker = anonymous();
		tracker.completed(event(1), List.of(), Set.of());
		tracker.completed(event(2), List.of(CompletableFuture.failedFuture(new IllegalStateException("refused"))),
				Set.of());
		tracker.completed(event(3), List.of(), Set.of());
		assertThatThrownBy(tracker::checkpoint).isInstanceOfSatisfying(OutputsNotAcceptedException.class,
				ex -> assertThat(ex.failed()).isTrue());
		assertThat(tracker.checkpointed()).isEqualTo(eid(1));
		assertThat(tracker.rewind()).isEqualTo(eid(1));
		assertThat(tracker.done()).isEqualTo(eid(1));
	}

	@Test
	void checkpointToStopsAtItsEidAndNeverMovesBack() {
		CheckpointTracker tracker = anonymous();
		tracker.completed(event(1), List.of(), Set.of());
		tracker.completed(event(2), List.of(), Set.of());
		tracker.checkpointTo(eid(1));
		assertThat(tracker.checkpointed()).isEqualTo(eid(1));
		tracker.checkpointTo(eid(2));
		tracker.checkpointTo(eid(1));
		assertThat(tracker.checkpointed()).isEqualTo(eid(2));
	}

	@Test
	void anAttemptThatFailedInTransitIsReadBackBeforeTheNextOne() {
		try (LocalBus bus = LocalBus.start()) {
			FailAfterWrite interceptor = new FailAfterWrite();
			DynamoDbAsyncClient dynamo = DynamoDbAsyncClient.builder()
				.endpointOverride(bus.endpoint())
				.region(Region.US_EAST_1)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
				.overrideConfiguration(c -> c.addExecutionInterceptor(interceptor))
				.build();
			Checkpointer checkpointer = new Checkpointer(dynamo, bus.config(), Duration.ofSeconds(5));
			CheckpointTracker tracker = new CheckpointTracker(checkpointer, null, "tracker-bot", "orders", null, null,
					CLOCK, Duration.ofSeconds(1), null);
			tracker.completed(event(1), List.of(), Set.of());
			tracker.checkpoint();
			tracker.completed(event(2), List.of(), Set.of());
			interceptor.failNext.set(true);
			assertThatThrownBy(tracker::checkpoint).isInstanceOf(RuntimeException.class)
				.isNotInstanceOf(OutputsNotAcceptedException.class);
			assertThat(checkpointer.readCheckpoint("tracker-bot", "orders")).isEqualTo(eid(2));
			tracker.completed(event(3), List.of(), Set.of());
			// guarded by its own write read back (eid 2), not by the value it last knew
			// (eid 1): no stale checkpoint
			tracker.checkpoint();
			assertThat(checkpointer.readCheckpoint("tracker-bot", "orders")).isEqualTo(eid(3));
		}
	}

	/**
	 * The write reaches DynamoDB, its answer does not: the caller cannot know it was
	 * applied.
	 */
	private static final class FailAfterWrite implements ExecutionInterceptor {

		final AtomicBoolean failNext = new AtomicBoolean();

		@Override
		public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
			if ("UpdateItem".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
					&& failNext.getAndSet(false)) {
				throw new IllegalStateException("connection reset after the write");
			}
		}

	}

}
