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

import io.rstreams.binder.status.Failures;
import io.rstreams.client.read.ReadEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With instance-count &gt; 1: whether this instance handles an entry (the others are
 * another instance's).
 */
final class FanoutFilter {

	private static final Logger log = LoggerFactory.getLogger(FanoutFilter.class);

	private final BotSetup bot;

	private final PartitionKeys partitionKeys;

	private final String bindingName;

	FanoutFilter(BotSetup bot, PartitionKeys partitionKeys, String bindingName) {
		this.bot = bot;
		this.partitionKeys = partitionKeys;
		this.bindingName = bindingName;
	}

	boolean mine(ReadEntry entry) {
		if (bot.instanceCount() <= 1) {
			return true;
		}
		return bot.mine(entry instanceof ReadEntry.Ok ok ? keyOf(ok) : entry.lastEid());
	}

	// a key that cannot be computed must still go to exactly one instance: the eid does
	private Object keyOf(ReadEntry.Ok ok) {
		try {
			return partitionKeys.keyOf(ok.event());
		}
		catch (RuntimeException ex) {
			log.warn("Binding '{}': the partition key of {} could not be computed ({}); partitioning it by eid",
					bindingName, ok.event().eid(), Failures.describe(ex));
			return ok.event().eid();
		}
	}

}
