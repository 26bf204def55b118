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
package io.rstreams.client.leocron;

import java.util.LinkedHashMap;
import java.util.Map;

import io.rstreams.client.aws.DynamoValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The shape of a bot's LeoCron item (protocol.md 7.1, 8): the id checkpoints are stored
 * under, the read and write checkpoints in it, and the default item the Node SDK creates
 * implicitly ("default bot entry"). Every part of the client that reads or writes LeoCron
 * items builds on this, so none of them depends on another for it.
 */
public final class BotItems {

	private BotItems() {
	}

	/**
	 * {@code {id, checkpoints:{read, write}, requested_kinesis:{}, lambda:{}, time:null,
	 * instances:{}, lambdaName:null, paused:false, name:id, description:null}}: a bot the
	 * bus never invokes.
	 */
	public static Map<String, AttributeValue> defaultBot(String id, Map<String, AttributeValue> read,
			Map<String, AttributeValue> write) {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		item.put("id", DynamoValues.s(id));
		item.put("checkpoints", DynamoValues.m(Map.of("read", DynamoValues.m(read), "write", DynamoValues.m(write))));
		item.put("requested_kinesis", DynamoValues.m(Map.of()));
		item.put("lambda", DynamoValues.m(Map.of()));
		item.put("time", DynamoValues.nul());
		item.put("instances", DynamoValues.m(Map.of()));
		item.put("lambdaName", DynamoValues.nul());
		item.put("paused", DynamoValues.bool(false));
		item.put("name", DynamoValues.s(id));
		item.put("description", DynamoValues.nul());
		return item;
	}

	/**
	 * The id under which the SDK stores a bot's checkpoints: a trailing {@code _reader}
	 * is dropped.
	 */
	public static String storageBotId(String botId) {
		return botId.endsWith("_reader") ? botId.substring(0, botId.length() - "_reader".length()) : botId;
	}

	/**
	 * {@code checkpoints.read["queue:
	 *
	<q>"].checkpoint} of a bot item, or {@code null}.
	 */
	public static String readCheckpoint(Map<String, AttributeValue> bot, String refId) {
		return storedCheckpoint(bot, "read", refId);
	}

	/**
	 * {@code checkpoints.<type>["queue:
	 *
	<q>"].checkpoint} of a bot item ({@code type} read or write), or {@code null}.
	 */
	public static String storedCheckpoint(Map<String, AttributeValue> bot, String type, String refId) {
		Map<String, AttributeValue> checkpoints = DynamoValues.map(bot, "checkpoints");
		Map<String, AttributeValue> byType = DynamoValues.map(checkpoints, type);
		Map<String, AttributeValue> entry = DynamoValues.map(byType, refId);
		return DynamoValues.string(entry, "checkpoint");
	}

}
