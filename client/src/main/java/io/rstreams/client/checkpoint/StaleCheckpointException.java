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
package io.rstreams.client.checkpoint;

/**
 * The conditional checkpoint update failed and the stored checkpoint, read back, is not
 * the one this reader last saw nor the one it was writing: another reader (another
 * instance, a Node bot with the same id, an operator) moved it. The Node SDK reports this
 * as "Stale Checkpoint". The reader must stop: continuing would process events twice or
 * skip them.
 */
public final class StaleCheckpointException extends CheckpointRejectedException {

	private final String expected;

	private final String found;

	public StaleCheckpointException(String botId, String queue, String expected, String attempted, Throwable cause) {
		this(botId, queue, expected, attempted, null, cause);
	}

	/**
	 * @param found the checkpoint stored when the condition failed (read back), or
	 * {@code null}
	 */
	public StaleCheckpointException(String botId, String queue, String expected, String attempted, String found,
			Throwable cause) {
		super(botId, queue, attempted,
				"Stale Checkpoint: bot '" + botId + "' on queue '" + queue + "' expected the stored checkpoint to be "
						+ (expected == null ? "absent" : "'" + expected + "'") + " before moving it to '" + attempted
						+ "', but another reader has moved it" + (found == null ? "" : " (it is now '" + found + "')"),
				cause);
		this.expected = expected;
		this.found = found;
	}

	public String expected() {
		return expected;
	}

	/**
	 * The checkpoint found stored when the condition failed, or {@code null} when unknown
	 * or absent.
	 */
	public String found() {
		return found;
	}

}
