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

/** The life of a consumer binding's reader, for health and operators. */
public enum BindingState {

	/** Not started yet, or stopped. */
	STOPPED,
	/**
	 * Started: registering the bot, resolving where to read from (before the first
	 * failure or the first read).
	 */
	STARTING,
	/** Reading (or idle, waiting for events). */
	RUNNING,
	/** Waiting to take the bot's lease: another instance reads this queue for the bot. */
	STANDBY,
	/**
	 * Unable to advance: the last attempt failed (an AWS fault, outputs not accepted, an
	 * event that nothing handled; or, before the first read, registering the bot or
	 * resolving its start position) and the binding retries from its position after a
	 * back-off, without skipping anything.
	 */
	BLOCKED,
	/** Paused by an operator. */
	PAUSED,
	/** Stopped because another reader moved the bot's checkpoint ("Stale Checkpoint"). */
	STALE,
	/**
	 * Stopped because it could not start for a reason that retrying cannot change (not an
	 * AWS failure).
	 */
	FAILED

}
