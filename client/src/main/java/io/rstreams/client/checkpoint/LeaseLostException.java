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
 * A checkpoint was refused because this reader no longer holds the bot's lease on the
 * queue: another instance took over (this one was too slow to renew, or was partitioned
 * away). Nothing was written; the reader stands by.
 */
public final class LeaseLostException extends CheckpointRejectedException {

	private final String holder;

	public LeaseLostException(String botId, String queue, String owner, String holder, String attempted,
			Throwable cause) {
		super(botId, queue, attempted, "Lease lost: bot '" + botId + "' on queue '" + queue + "' is now read by "
				+ (holder == null ? "no one (the lease expired)" : "'" + holder + "'") + ", not by this reader ('"
				+ owner + "'); the checkpoint to '" + attempted + "' was not written", cause);
		this.holder = holder;
	}

	/** The reader holding the lease now, or {@code null}. */
	public String holder() {
		return holder;
	}

}
