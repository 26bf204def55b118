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

import java.util.List;

import io.rstreams.binder.ProcessingScope;
import io.rstreams.client.Event;

/**
 * Where dispatchers record what they finished, in eid order: it moves the position and
 * feeds the checkpoints.
 */
interface Committer {

	/** The handling of {@code events} finished, with the writes in {@code scope}. */
	void completed(List<Event> events, ProcessingScope scope);

	/**
	 * An entry needed no handling here (another instance's, or dealt with by the error
	 * path).
	 */
	void skipped(String eid, long count);

}
