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

import io.rstreams.client.Event;

/**
 * One thing a read produced, in queue order: an event, or a failure covering an eid
 * range. Failures are entries, not thrown exceptions, so that a reader can route them to
 * an error path and keep going.
 */
public sealed interface ReadEntry permits ReadEntry.Ok, ReadEntry.Failed {

	/** The last eid this entry covers; the position after it. */
	String lastEid();

	/** A decoded event and the size of its stored line. */
	record Ok(Event event, long bytes) implements ReadEntry {
		@Override
		public String lastEid() {
			return event.eid();
		}
	}

	/** Stored data that could not be decoded. */
	record Failed(BlockReadException error) implements ReadEntry {
		@Override
		public String lastEid() {
			return error.lastEid();
		}
	}

}
