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
package io.rstreams.binder.properties;

/** Which {@code event_source_timestamp} an output made from a batch of inputs carries. */
public enum BatchSourceTimestamp {

	/**
	 * The last input's, as the Node SDK's batch path does: a bot moved between Node and
	 * Java keeps its downstream lag figures.
	 */
	LAST,

	/**
	 * The oldest input's: lag and latency measured from the output then stand for the
	 * slowest source event it covers, and never understate it.
	 */
	OLDEST

}
