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

import java.util.ArrayList;
import java.util.List;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.client.Event;
import io.rstreams.client.read.ReadEntry;
import org.junit.jupiter.api.Test;

/**
 * The completed-prefix rule: only the run of finished entries, in eid order, moves the
 * position.
 */
class KeyedDispatcherTest {

	private final List<String> recorded = new ArrayList<>();

	private final Committer committer = new Committer() {
		@Override
		public void completed(List<Event> events, ProcessingScope scope) {
			recorded.add("handled " + events.get(0).eid());
		}

		@Override
		public void skipped(String eid, long count) {
			recorded.add("skipped " + eid);
		}
	};

	private static ReadEntry entry(int n) {
		return new ReadEntry.Ok(Event.builder().event("orders").eid("z/2026/03/01/10/00/" + n + "-0").build(), 10);
	}

	private static Outcome handled(ReadEntry entry) {
		return new Outcome.Handled(new ProcessingScope(List.of(((ReadEntry.Ok) entry).event()), false, "bot"));
	}

	@Test
	void recordsUpToTheFirstEntryThatDidNotRun() {
		List<ReadEntry> entries = List.of(entry(1), entry(2), entry(3), entry(4), entry(5));
		Outcome[] outcomes = { handled(entries.get(0)), new Outcome.NotMine(), handled(entries.get(2)),
				new Outcome.NotRun(), handled(entries.get(4)) };
		KeyedDispatcher.commitCompletedPrefix(entries, outcomes, committer);
		assertThat(recorded).containsExactly("handled z/2026/03/01/10/00/1-0", "skipped z/2026/03/01/10/00/2-0",
				"handled z/2026/03/01/10/00/3-0");
	}

	@Test
	void aFailureIsRaisedAfterTheEntriesBeforeIt() {
		List<ReadEntry> entries = List.of(entry(1), entry(2), entry(3));
		IllegalStateException failure = new IllegalStateException("handler failed");
		Outcome[] outcomes = { handled(entries.get(0)), new Outcome.Failed(failure), handled(entries.get(2)) };
		assertThatThrownBy(() -> KeyedDispatcher.commitCompletedPrefix(entries, outcomes, committer)).isSameAs(failure);
		assertThat(recorded).containsExactly("handled z/2026/03/01/10/00/1-0");
	}

	@Test
	void everythingFinishedIsEverythingRecorded() {
		List<ReadEntry> entries = List.of(entry(1), entry(2));
		Outcome[] outcomes = { handled(entries.get(0)), handled(entries.get(1)) };
		KeyedDispatcher.commitCompletedPrefix(entries, outcomes, committer);
		assertThat(recorded).hasSize(2);
	}

}
