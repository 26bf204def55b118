package io.rstreams.client.checkpoint;

import java.util.LinkedHashMap;
import java.util.Map;

import io.rstreams.client.aws.DynamoValues;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The LeoCron items the Node SDK creates implicitly (protocol.md 7.1, "default bot entry"). */
public final class BotItems {

	private BotItems() {
	}

	/**
	 * {@code {id, checkpoints:{read, write}, requested_kinesis:{}, lambda:{}, time:null, instances:{},
	 * lambdaName:null, paused:false, name:id, description:null}}: a bot the bus never invokes.
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
}
