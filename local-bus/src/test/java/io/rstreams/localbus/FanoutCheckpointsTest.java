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
package io.rstreams.localbus;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.rstreams.client.EventId;
import io.rstreams.client.bot.FanoutCheckpoints;
import io.rstreams.client.checkpoint.Checkpoint;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.client.checkpoint.LeaseLostException;
import io.rstreams.client.leocron.BotLease;
import io.rstreams.localbus.junit.LocalBusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Per-instance fanout progress on the bot's LeoCron item, and the bot checkpoint at the
 * slowest instance.
 */
class FanoutCheckpointsTest {

	@RegisterExtension
	static final LocalBusExtension BUS = LocalBusExtension.shared();

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String QUEUE = "orders";

	private static final String REF = "queue:orders";

	private static final AtomicInteger BOTS = new AtomicInteger();

	// the bus is shared by the whole class: every test has a bot of its own
	private final String bot = "fanout_bot_" + BOTS.incrementAndGet();

	static String eid(int n) {
		return EventId.of(1_704_067_200_000L, n).toString();
	}

	static Checkpoint cp(String eid) {
		return new Checkpoint(eid, 11L, 22L, 33L, 4L);
	}

	private FanoutCheckpoints instance(LocalBus bus, int count, int index) {
		return instance(bus.dynamo(), bus, count, index);
	}

	private FanoutCheckpoints instance(DynamoDbAsyncClient dynamo, LocalBus bus, int count, int index) {
		return new FanoutCheckpoints(dynamo, bus.config(), bot, QUEUE, count, index, TIMEOUT);
	}

	private Map<String, AttributeValue> entry(Checkpointer checkpointer) {
		return checkpointer.getBot(bot).get("fanoutCheckpoints").m().get(REF).m();
	}

	private static Map<String, AttributeValue> entry(int count, String... eids) {
		Map<String, AttributeValue> expected = new LinkedHashMap<>();
		expected.put("count", AttributeValue.fromN(Integer.toString(count)));
		for (int i = 0; i < eids.length; i++) {
			if (eids[i] != null) {
				expected.put(Integer.toString(i), AttributeValue.fromS(eids[i]));
			}
		}
		return expected;
	}

	@Test
	void theBotCheckpointWaitsForEveryInstanceThenTakesTheSmallest(LocalBus bus, Checkpointer checkpointer) {
		instance(bus, 3, 0).checkpoint(cp(eid(5)), null);
		assertThat(entry(checkpointer)).isEqualTo(entry(3, eid(5)));
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isNull();

		instance(bus, 3, 2).checkpoint(cp(eid(9)), null);
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isNull();

		Checkpoint last = new Checkpoint(eid(7), 101L, 102L, 103L, 104L);
		instance(bus, 3, 1).checkpoint(last, null);
		assertThat(entry(checkpointer)).isEqualTo(entry(3, eid(5), eid(7), eid(9)));
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isEqualTo(eid(5));
		Map<String, AttributeValue> stored = checkpointer.getBot(bot)
			.get("checkpoints")
			.m()
			.get("read")
			.m()
			.get(REF)
			.m();
		// the eid is the minimum, the timestamps those of the call that moved it
		assertThat(stored).isEqualTo(Checkpointer.toAttribute(new Checkpoint(eid(5), 101L, 102L, 103L, 104L)).m());
	}

	@Test
	void theCheckpointFollowsTheSlowestInstanceAndNeverGoesBack(LocalBus bus, Checkpointer checkpointer) {
		FanoutCheckpoints first = instance(bus, 2, 0);
		FanoutCheckpoints second = instance(bus, 2, 1);
		first.checkpoint(cp(eid(3)), null);
		second.checkpoint(cp(eid(8)), null);
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isEqualTo(eid(3));

		first.checkpoint(cp(eid(10)), null);
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isEqualTo(eid(8));

		checkpointer.forceCheckpoint(bot, QUEUE, cp(eid(20)));
		second.checkpoint(cp(eid(12)), null);
		assertThat(entry(checkpointer)).isEqualTo(entry(2, eid(10), eid(12)));
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isEqualTo(eid(20));
	}

	@Test
	void eachInstanceResumesFromItsOwnProgressOfTheSameInstanceCount(LocalBus bus) {
		assertThat(instance(bus, 2, 1).ownProgress()).isNull();
		instance(bus, 2, 1).checkpoint(cp(eid(4)), null);

		assertThat(instance(bus, 2, 1).ownProgress()).isEqualTo(eid(4));
		assertThat(instance(bus, 2, 0).ownProgress()).isNull();
		assertThat(instance(bus, 3, 1).ownProgress()).isNull();
	}

	@Test
	void aChangeOfInstanceCountStartsOverFromTheBotCheckpoint(LocalBus bus, Checkpointer checkpointer) {
		instance(bus, 3, 0).checkpoint(cp(eid(5)), null);
		instance(bus, 3, 1).checkpoint(cp(eid(6)), null);
		instance(bus, 3, 2).checkpoint(cp(eid(7)), null);
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isEqualTo(eid(5));

		assertThat(instance(bus, 2, 0).ownProgress()).isNull();
		assertThat(instance(bus, 2, 1).ownProgress()).isNull();
		instance(bus, 2, 0).checkpoint(cp(eid(9)), null);
		// what instance 1 of 3 recorded says nothing about the events of instance 1 of 2
		assertThat(entry(checkpointer)).isEqualTo(entry(2, eid(9)));
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isEqualTo(eid(5));

		instance(bus, 2, 1).checkpoint(cp(eid(11)), null);
		assertThat(entry(checkpointer)).isEqualTo(entry(2, eid(9), eid(11)));
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isEqualTo(eid(9));
	}

	@Test
	void aRaceWithAnotherWriterReReadsAndMovesTheCheckpointToTheMinimum(LocalBus bus, Checkpointer checkpointer) {
		instance(bus, 2, 1).checkpoint(cp(eid(8)), null);
		RacingClient racing = new RacingClient(() -> checkpointer.forceCheckpoint(bot, QUEUE, cp(eid(2))));
		try (DynamoDbAsyncClient dynamo = racing.client(bus)) {
			instance(dynamo, bus, 2, 0).checkpoint(cp(eid(6)), null);
		}
		assertThat(racing.checkpointWrites.get()).isEqualTo(2);
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isEqualTo(eid(6));
	}

	@Test
	void aRaceLostToACheckpointAheadOfTheMinimumKeepsIt(LocalBus bus, Checkpointer checkpointer) {
		instance(bus, 2, 1).checkpoint(cp(eid(8)), null);
		RacingClient racing = new RacingClient(() -> checkpointer.forceCheckpoint(bot, QUEUE, cp(eid(7))));
		try (DynamoDbAsyncClient dynamo = racing.client(bus)) {
			instance(dynamo, bus, 2, 0).checkpoint(cp(eid(6)), null);
		}
		assertThat(racing.checkpointWrites.get()).isEqualTo(1);
		assertThat(checkpointer.readCheckpoint(bot, QUEUE)).isEqualTo(eid(7));
	}

	@Test
	void progressIsRecordedOnlyWhileTheLeaseIsHeld(LocalBus bus, Checkpointer checkpointer) {
		BotLease mine = lease(bus, "owner-a", Clock.systemUTC());
		assertThat(mine.tryAcquire()).isTrue();
		FanoutCheckpoints first = instance(bus, 2, 0);
		first.checkpoint(cp(eid(3)), mine);
		assertThat(entry(checkpointer)).isEqualTo(entry(2, eid(3)));

		// a reader whose clock is an hour ahead sees the lease expired and takes it
		BotLease theirs = lease(bus, "owner-b", Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
		assertThat(theirs.tryAcquire()).isTrue();
		assertThatThrownBy(() -> first.checkpoint(cp(eid(9)), mine)).isInstanceOf(LeaseLostException.class)
			.hasMessageContaining(bot);
		assertThat(entry(checkpointer)).isEqualTo(entry(2, eid(3)));

		first.checkpoint(cp(eid(9)), theirs);
		assertThat(entry(checkpointer)).isEqualTo(entry(2, eid(9)));
	}

	@Test
	void aLeaseLostBeforeTheFirstProgressRaisesLeaseLostToo(LocalBus bus, Checkpointer checkpointer) {
		BotLease mine = lease(bus, "owner-a", Clock.systemUTC());
		assertThat(mine.tryAcquire()).isTrue();
		BotLease theirs = lease(bus, "owner-b", Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
		assertThat(theirs.tryAcquire()).isTrue();

		assertThatThrownBy(() -> instance(bus, 2, 0).checkpoint(cp(eid(3)), mine))
			.isInstanceOf(LeaseLostException.class);
		assertThat(instance(bus, 2, 0).ownProgress()).isNull();
	}

	private BotLease lease(LocalBus bus, String owner, Clock clock) {
		return new BotLease(bus.dynamo(), bus.config(), bot, REF, owner, Duration.ofMinutes(1), clock, TIMEOUT);
	}

	/**
	 * A DynamoDB client on which another writer moves the bot's read checkpoint just
	 * before the first checkpoint write of this client goes out: the race between reading
	 * the stored checkpoint and the conditional write.
	 */
	private static final class RacingClient implements ExecutionInterceptor {

		final AtomicInteger checkpointWrites = new AtomicInteger();

		private final Runnable competitor;

		RacingClient(Runnable competitor) {
			this.competitor = competitor;
		}

		DynamoDbAsyncClient client(LocalBus bus) {
			return DynamoDbAsyncClient.builder()
				.endpointOverride(bus.endpoint())
				.region(Region.of(LocalBus.REGION))
				.credentialsProvider(StaticCredentialsProvider
					.create(AwsBasicCredentials.create(LocalBus.ACCESS_KEY, LocalBus.SECRET_KEY)))
				.overrideConfiguration(c -> c.addExecutionInterceptor(this))
				.build();
		}

		@Override
		public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
			if (context.request() instanceof UpdateItemRequest update
					&& update.updateExpression().startsWith("set #checkpoints.")
					&& checkpointWrites.getAndIncrement() == 0) {
				competitor.run();
			}
		}

	}

}
