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

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A bot's page: each queue it reads with its checkpoint, lag, lease and fanout progress,
 * each queue it writes, this application's bindings of the bot (state, last error), and
 * its LeoCron item as stored (binary attributes left out).
 *
 * @param actionsEnabled whether pause, resume and move are allowed on this console
 */
public record BotView(String id, String name, String description, String health, boolean paused, long errorCount,
		List<Read> reads, List<GraphView.Edge> writes, List<BindingView> bindings, boolean actionsEnabled,
		JsonNode item) {

	/**
	 * @param lease the binder's lease on this queue, or {@code null}
	 * @param leaseHeld whether it has not expired
	 * @param fanout the checkpoint of each fanout instance ({@code count} and
	 * {@code "0"}, {@code "1"}, ...), or empty
	 */
	public record Read(String queue, GraphView.Edge edge, BotItem.Lease lease, boolean leaseHeld,
			Map<String, String> fanout) {
	}

}
