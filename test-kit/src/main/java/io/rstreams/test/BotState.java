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
package io.rstreams.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.rstreams.client.QueueRef;
import io.rstreams.client.leocron.BotItems;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A bot's LeoCron item as a test looks at it: its read checkpoints by queue and the
 * leases the binder's readers hold (protocol.md 8: {@code checkpoints.read["queue:
 *
<q>"]}, and the binder's {@code leases["queue:
 * <q>"] = {owner, expires, ...}}).
 *
 * @param botId the bot's id
 * @param item the whole item, for anything else; empty when the bot was never registered
 */
public record BotState(String botId, Map<String, AttributeValue> item) {

	public BotState {
		item = item == null ? Map.of() : Map.copyOf(item);
	}

	/** Whether the bot has a LeoCron item (the binder registers it at start-up). */
	public boolean registered() {
		return !item.isEmpty();
	}

	/** The eid the bot checkpointed on {@code queue}. */
	public Optional<String> checkpoint(String queue) {
		return Optional.ofNullable(BotItems.readCheckpoint(item, QueueRef.parse(queue).refId()));
	}

	/**
	 * The lease a reader of the bot holds on {@code queue} (with
	 * {@code instance-count > 1} each instance leases {@code queue:
	 *
	<q>#<index>}: see {@link #item()}).
	 */
	public Optional<Lease> lease(String queue) {
		Map<String, AttributeValue> lease = entry("leases", QueueRef.parse(queue).refId());
		if (lease == null) {
			return Optional.empty();
		}
		AttributeValue owner = lease.get("owner");
		AttributeValue expires = lease.get("expires");
		return Optional.of(new Lease(owner == null ? null : owner.s(),
				expires == null || expires.n() == null ? 0 : Long.parseLong(expires.n())));
	}

	/** Every read checkpoint of the bot, by queue. */
	public Map<String, String> checkpoints() {
		Map<String, String> result = new LinkedHashMap<>();
		Map<String, AttributeValue> read = map(map(item.get("checkpoints")).get("read"));
		read.forEach((key, value) -> {
			AttributeValue eid = map(value).get("checkpoint");
			if (key.startsWith("queue:") && eid != null && eid.s() != null) {
				result.put(key.substring("queue:".length()), eid.s());
			}
		});
		return result;
	}

	private Map<String, AttributeValue> entry(String attribute, String key) {
		AttributeValue value = map(item.get(attribute)).get(key);
		return value == null ? null : map(value);
	}

	private static Map<String, AttributeValue> map(AttributeValue value) {
		return value == null || !value.hasM() ? Map.of() : value.m();
	}

	/**
	 * @param owner the reader that holds it (host, process, binding)
	 * @param expiresAt when it expires unless renewed (epoch ms)
	 */
	public record Lease(String owner, long expiresAt) {
	}

}
