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

import io.rstreams.client.RStreamsException;

/**
 * A checkpoint stopped short: outputs of events after {@link #checkpointed()} were not
 * accepted by the bus. When {@link #failed()} they were refused for good (the writer gave
 * up), and the events that caused them must be handled again; otherwise they are still in
 * flight and the checkpoint is simply tried again later.
 */
public class OutputsNotAcceptedException extends RStreamsException {

	private final String checkpointed;

	private final boolean failed;

	OutputsNotAcceptedException(String message, String checkpointed, boolean failed, Throwable cause) {
		super(message, cause);
		this.checkpointed = checkpointed;
		this.failed = failed;
	}

	/** The checkpoint stored now: everything up to it had its outputs accepted. */
	public String checkpointed() {
		return checkpointed;
	}

	/** Whether an output failed (rather than is still pending). */
	public boolean failed() {
		return failed;
	}

}
