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
package io.rstreams.localaws.kinesis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stream-level operations: CreateStream, DescribeStream, DescribeStreamSummary,
 * ListShards and ListStreams, with Kinesis's members, paging and defaults.
 */
final class StreamOperations {

	/** What CreateStream without a shard count gives, as an on-demand stream starts. */
	private static final int ON_DEMAND_SHARDS = 4;

	private final KinesisEngine engine;

	StreamOperations(KinesisEngine engine) {
		this.engine = engine;
	}

	Map<String, Object> createStream(KinesisRequest request) {
		String name = request.requiredString("StreamName");
		Integer shards = request.integer("ShardCount");
		KinesisRequest mode = request.object("StreamModeDetails");
		boolean onDemand = mode != null && "ON_DEMAND".equals(mode.string("StreamMode"));
		if (shards == null && !onDemand && mode != null) {
			throw KinesisException.invalidArgument("ShardCount is required for a PROVISIONED stream");
		}
		engine.createStream(name, shards == null ? ON_DEMAND_SHARDS : shards);
		return Map.of();
	}

	Map<String, Object> describeStream(KinesisRequest request) {
		Stream stream = engine.stream(engine.streamName(request.string("StreamName"), request.string("StreamARN")));
		int limit = limit(request.integer("Limit", 100), "limit");
		List<Shard> page = after(stream.shards, request.string("ExclusiveStartShardId"));
		Map<String, Object> description = summary(stream);
		description.remove("OpenShardCount");
		description.remove("ConsumerCount");
		description.put("Shards", page.stream().limit(limit).map(StreamOperations::shard).toList());
		description.put("HasMoreShards", page.size() > limit);
		return Map.of("StreamDescription", description);
	}

	Map<String, Object> describeStreamSummary(KinesisRequest request) {
		Stream stream = engine.stream(engine.streamName(request.string("StreamName"), request.string("StreamARN")));
		return Map.of("StreamDescriptionSummary", summary(stream));
	}

	Map<String, Object> listShards(KinesisRequest request) {
		String token = request.string("NextToken");
		String name = request.string("StreamName");
		String arn = request.string("StreamARN");
		String exclusiveStart = request.string("ExclusiveStartShardId");
		if (token != null && (name != null || arn != null)) {
			throw KinesisException.invalidArgument("NextToken and StreamName cannot be provided together.");
		}
		if (token != null) {
			String[] parts = decodeToken(token);
			name = parts[0];
			exclusiveStart = parts[1];
		}
		else {
			name = engine.streamName(name, arn);
		}
		int max = limit(request.integer("MaxResults", 1000), "maxResults");
		Stream stream = engine.stream(name);
		List<Shard> page = after(stream.shards, exclusiveStart);
		List<Shard> shown = page.subList(0, Math.min(max, page.size()));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("Shards", shown.stream().map(StreamOperations::shard).toList());
		if (page.size() > max) {
			answer.put("NextToken", encodeToken(stream.name, shown.get(shown.size() - 1).id));
		}
		return answer;
	}

	Map<String, Object> listStreams(KinesisRequest request) {
		int limit = limit(request.integer("Limit", 100), "limit");
		String start = request.string("ExclusiveStartStreamName");
		String token = request.string("NextToken");
		if (token != null) {
			start = decodeToken(token)[0];
		}
		List<String> names = new ArrayList<>();
		for (String n : engine.streamNames()) {
			if (start == null || n.compareTo(start) > 0) {
				names.add(n);
			}
		}
		List<String> shown = names.subList(0, Math.min(limit, names.size()));
		List<Map<String, Object>> summaries = new ArrayList<>();
		for (String n : shown) {
			Stream s = engine.stream(n);
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("StreamName", s.name);
			summary.put("StreamARN", s.arn);
			summary.put("StreamStatus", "ACTIVE");
			summary.put("StreamModeDetails", Map.of("StreamMode", "PROVISIONED"));
			summary.put("StreamCreationTimestamp", s.created);
			summaries.add(summary);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("StreamNames", List.copyOf(shown));
		answer.put("HasMoreStreams", names.size() > limit);
		answer.put("StreamSummaries", summaries);
		if (names.size() > limit) {
			answer.put("NextToken", encodeToken(shown.get(shown.size() - 1), ""));
		}
		return answer;
	}

	private static Map<String, Object> summary(Stream stream) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("StreamName", stream.name);
		d.put("StreamARN", stream.arn);
		d.put("StreamStatus", "ACTIVE");
		d.put("StreamModeDetails", Map.of("StreamMode", "PROVISIONED"));
		d.put("RetentionPeriodHours", 24);
		d.put("StreamCreationTimestamp", stream.created);
		d.put("EnhancedMonitoring", List.of(Map.of("ShardLevelMetrics", List.of())));
		d.put("EncryptionType", "NONE");
		d.put("OpenShardCount", stream.shards.size());
		d.put("ConsumerCount", 0);
		return d;
	}

	private static Map<String, Object> shard(Shard shard) {
		return Map.of("ShardId", shard.id, "HashKeyRange",
				Map.of("StartingHashKey", shard.hashKeyStart.toString(), "EndingHashKey", shard.hashKeyEnd.toString()),
				"SequenceNumberRange", Map.of("StartingSequenceNumber", shard.sequenceNumbers.of(0)));
	}

	private static List<Shard> after(List<Shard> shards, String exclusiveStart) {
		if (exclusiveStart == null) {
			return shards;
		}
		return shards.stream().filter(s -> s.id.compareTo(exclusiveStart) > 0).toList();
	}

	private static int limit(int value, String member) {
		if (value < 1 || value > 10_000) {
			throw KinesisException.validation("1 validation error detected: Value '" + value + "' at '" + member
					+ "' failed to satisfy constraint: Member must have value less than or equal to 10000 and greater than or equal to 1");
		}
		return value;
	}

	private static String encodeToken(String stream, String last) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((stream + "|" + last).getBytes(StandardCharsets.UTF_8));
	}

	private static String[] decodeToken(String token) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
			if (parts.length == 2) {
				return parts;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw KinesisException.invalidArgument("Invalid NextToken.");
	}

}
