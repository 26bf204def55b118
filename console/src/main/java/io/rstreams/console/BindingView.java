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
package io.rstreams.console;

/**
 * A consumer binding of the application that serves the console, as its binder reports
 * it: the console shows it on the bot's page, and its state colours the bot.
 *
 * @param binding the binding's name, e.g. {@code invoiceBot-in-0}; what actions name
 * @param state the binder's state: {@code RUNNING}, {@code PAUSED}, {@code BLOCKED}, ...
 * @param lastError the message of the last failure, or {@code null}
 * @param lastErrorAt when it happened (ISO-8601), or {@code null}
 * @param position where the binding reads from now (an eid or a boundary)
 * @param owner this reader's lease owner id
 */
public record BindingView(String binding, String botId, String queue, String state, String lastError,
		String lastErrorAt, String position, String checkpoint, boolean leaseHeld, String owner) {

	/** A binding that cannot go on by itself. */
	public boolean isBlocked() {
		return "BLOCKED".equals(state) || "STALE".equals(state) || "FAILED".equals(state);
	}

}
