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
package io.rstreams.binder.status;

import java.time.Instant;
import java.util.Map;

import io.rstreams.client.read.ReadPosition;

/**
 * What a consumer binding shows operators, read-only: health, metrics and the actuator
 * endpoint see bindings through it, so they do not depend on how a binding reads.
 */
public interface BindingStatus {

	/** {@link BindingState#PAUSED} while paused and otherwise reading. */
	BindingState state();

	/** The last failure, or {@code null}. */
	Throwable lastError();

	/** When {@link #lastError()} happened, or {@code null}. */
	Instant lastErrorAt();

	/**
	 * When the binding last started failing without advancing since, or {@code null} when
	 * it advances.
	 */
	Instant blockedSince();

	BindingStats stats();

	/**
	 * Whether this reader holds the bot's lease on the queue ({@code true} when leases
	 * are off).
	 */
	boolean leaseHeld();

	/** This reader's identity in leases. */
	String owner();

	/**
	 * The exclusive lower bound of the next read, or {@code null} before the read
	 * started.
	 */
	ReadPosition position();

	/**
	 * The last checkpoint stored (or kept in memory for an anonymous consumer), or
	 * {@code null}.
	 */
	String checkpoint();

	/** The bot id, or {@code null} for an anonymous consumer. */
	String botId();

	/**
	 * The queue id; for a binding of several queues, their ids separated by commas.
	 */
	String queue();

	String bindingName();

	/**
	 * For a binding of several queues, each queue's own status (its reader, lease,
	 * position and checkpoint), by queue id; empty for a binding of one queue, whose
	 * status is its queue's.
	 */
	default Map<String, BindingStatus> queues() {
		return Map.of();
	}

}
