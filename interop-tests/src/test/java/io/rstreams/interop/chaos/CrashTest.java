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
package io.rstreams.interop.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.rstreams.client.Event;
import io.rstreams.client.checkpoint.Checkpointer;
import io.rstreams.interop.support.InteropExtension;
import io.rstreams.localbus.LocalBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * kill -9 of a {@code Function} bot in a child JVM while it works, on a standalone bus
 * (the bus outlives every child): no input without an output, duplicates at most one poll
 * per crash, and the last child checkpoints the last input.
 */
@ExtendWith(InteropExtension.class)
class CrashTest {

	private static final Logger log = LoggerFactory.getLogger(CrashTest.class);

	private static final Path LOGS = Path.of("target", "crash-logs");

	private static final int BATCH = 500;

	@Test
	void killedTenTimesOverFiftyThousandEvents(LocalBus bus) throws Exception {
		String name = "crash";
		List<Event> inputs = Relayed.writeInputs(bus, name + "-in", 50_000);
		String last = inputs.get(inputs.size() - 1).eid();
		Checkpointer checkpoints = bus.checkpointer();
		Random random = new Random(Long.getLong("rstreams.crash.seed", 9));
		int kills = 0;
		for (int run = 0; run < 10; run++) {
			String before = checkpoints.readCheckpoint(name + "-bot", name + "-in");
			RelayChild child = RelayChild.start(bus, name, LOGS, run);
			// wait until this child made progress, then let it run a random while more
			// before the kill
			await().atMost(Duration.ofSeconds(60))
				.until(() -> advanced(before, checkpoints.readCheckpoint(name + "-bot", name + "-in"))
						|| !child.isAlive());
			assertThat(child.isAlive()).as("child %d is alive (log %s)", run, child.log()).isTrue();
			Thread.sleep(random.nextInt(400));
			if (last.equals(checkpoints.readCheckpoint(name + "-bot", name + "-in"))) {
				child.close();
				break;
			}
			child.kill();
			kills++;
		}
		try (RelayChild survivor = RelayChild.start(bus, name, LOGS, 99)) {
			await().atMost(Duration.ofSeconds(120))
				.until(() -> last.equals(checkpoints.readCheckpoint(name + "-bot", name + "-in")));
		}
		Relayed.Verdict verdict = Relayed.Verdict.settled(bus, name + "-in", name + "-out", inputs);
		log.info("kill -9 {} times: {}", kills, verdict);
		assertThat(kills).isEqualTo(10);
		assertThat(verdict.lost()).as("inputs without an output").isEmpty();
		assertThat(verdict.mismatched()).isEmpty();
		// a crash re-delivers at most what was handled since the last checkpoint: one
		// poll
		assertThat(verdict.duplicates()).isLessThanOrEqualTo(kills * BATCH);
	}

	@Test
	void twoInstancesOfOneBotTheReaderKilled(LocalBus bus) throws Exception {
		String name = "pair";
		List<Event> inputs = Relayed.writeInputs(bus, name + "-in", 20_000);
		String last = inputs.get(inputs.size() - 1).eid();
		Checkpointer checkpoints = bus.checkpointer();
		try (RelayChild a = RelayChild.start(bus, name, LOGS, 1); RelayChild b = RelayChild.start(bus, name, LOGS, 2)) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> leaseOwnerPid(bus, name) != null
						&& checkpoints.readCheckpoint(name + "-bot", name + "-in") != null);
			long readerPid = leaseOwnerPid(bus, name);
			RelayChild reader = readerPid == a.pid() ? a : b;
			RelayChild standby = reader == a ? b : a;
			long killedAt = System.nanoTime();
			reader.kill();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				Long owner = leaseOwnerPid(bus, name);
				return owner != null && owner == standby.pid();
			});
			long takeover = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
			await().atMost(Duration.ofSeconds(120))
				.until(() -> last.equals(checkpoints.readCheckpoint(name + "-bot", name + "-in")));
			Relayed.Verdict verdict = Relayed.Verdict.settled(bus, name + "-in", name + "-out", inputs);
			log.info("Two instances, the reader killed: standby took over after {} ms; {}", takeover, verdict);
			assertThat(verdict.lost()).isEmpty();
			assertThat(verdict.mismatched()).isEmpty();
			assertThat(verdict.duplicates()).isLessThanOrEqualTo(BATCH);
		}
	}

	/**
	 * The pid in the owner of the bot's lease on its queue
	 * ({@code host:pid:binding:random}), or null.
	 */
	private static Long leaseOwnerPid(LocalBus bus, String name) {
		Map<String, AttributeValue> bot = bus.checkpointer().getBot(name + "-bot");
		if (bot == null || !bot.containsKey("leases")) {
			return null;
		}
		AttributeValue lease = bot.get("leases").m().get("queue:" + name + "-in");
		if (lease == null || !lease.m().containsKey("owner") || lease.m().get("owner").s() == null) {
			return null;
		}
		String[] parts = lease.m().get("owner").s().split(":");
		return parts.length < 2 ? null : Long.parseLong(parts[1]);
	}

	private static boolean advanced(String before, String now) {
		return now != null && (before == null || now.compareTo(before) > 0);
	}

}
