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
package io.rstreams.test;

import java.util.ArrayList;
import java.util.List;

import io.rstreams.client.Event;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.StartPosition;
import io.rstreams.localbus.LocalBus;

/**
 * Reads a queue of the local bus to its current end, as a test wants it: every event at
 * once, in eid order.
 */
final class QueueContents {

	/**
	 * The reader id of the kit's reads; no bot of this name is registered or
	 * checkpointed.
	 */
	static final String READER = "rstreams-test-reader";

	private QueueContents() {
	}

	static List<Event> read(LocalBus bus, String queue, StartPosition start) {
		List<Event> events = new ArrayList<>();
		try (EventStream stream = bus.reader().read(READER, queue, start)) {
			while (stream.hasNext()) {
				ReadEntry entry = stream.next();
				if (entry instanceof ReadEntry.Ok ok) {
					events.add(ok.event());
				}
			}
		}
		return events;
	}

	static StartPosition after(String eid) {
		return eid == null ? StartPosition.BEGINNING : StartPosition.afterEid(eid);
	}

}
