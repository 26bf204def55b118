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

import io.rstreams.client.RStreamsException;

/**
 * LeoCron refused a checkpoint because another reader has this bot's queue. The two
 * reasons call for opposite reactions, so they are siblings, never caught one for the
 * other: a {@link LeaseLostException} means "stand by and take over again when the lease
 * is free", a {@link StaleCheckpointException} means "stop until someone looks".
 */
public abstract sealed class CheckpointRejectedException extends RStreamsException
		permits StaleCheckpointException, LeaseLostException {

	private final String botId;

	private final String queue;

	private final String attempted;

	CheckpointRejectedException(String botId, String queue, String attempted, String message, Throwable cause) {
		super(message, cause);
		this.botId = botId;
		this.queue = queue;
		this.attempted = attempted;
	}

	public String botId() {
		return botId;
	}

	public String queue() {
		return queue;
	}

	/** The checkpoint that was not written. */
	public String attempted() {
		return attempted;
	}

}
