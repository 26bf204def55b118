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

import io.rstreams.binder.ProcessingScope;

/** What became of one entry of a poll handled by the workers. */
sealed interface Outcome {

	/** The event was handled; its writes are in the scope. */
	record Handled(ProcessingScope scope) implements Outcome {
	}

	/** Another instance's entry. */
	record NotMine() implements Outcome {
	}

	/** Stored data that could not be decoded, dealt with by the error path. */
	record Undecodable() implements Outcome {
	}

	/** Nothing handled the failure: the binding retries from here. */
	record Failed(RuntimeException error) implements Outcome {
	}

	/** Not tried: an earlier event of its key failed, or the binding is stopping. */
	record NotRun() implements Outcome {
	}

}
