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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The record-level operations: PutRecord, PutRecords, GetShardIterator and GetRecords. A
 * PutRecords answer has an entry per record in request order, a stored record's
 * {@code ShardId} and {@code SequenceNumber} or a refused one's {@code ErrorCode} and
 * {@code ErrorMessage}, and {@code FailedRecordCount}: producers retry exactly the
 * refused entries.
 */
final class RecordOperations {

	private final KinesisEngine engine;

	RecordOperations(KinesisEngine engine) {
		this.engine = engine;
	}

	Map<String, Object> putRecord(KinesisRequest request) {
		String stream = engine.streamName(request.string("StreamName"), request.string("StreamARN"));
		PutOutcome outcome = engine.putRecord(stream, entry(request));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("ShardId", outcome.shardId());
		answer.put("SequenceNumber", outcome.sequenceNumber());
		answer.put("EncryptionType", "NONE");
		return answer;
	}

	Map<String, Object> putRecords(KinesisRequest request) {
		String stream = engine.streamName(request.string("StreamName"), request.string("StreamARN"));
		List<PutEntry> entries = new ArrayList<>();
		for (KinesisRequest r : request.requiredList("Records")) {
			entries.add(entry(r));
		}
		List<PutOutcome> outcomes = engine.putRecords(stream, entries);
		List<Map<String, Object>> records = new ArrayList<>(outcomes.size());
		int failed = 0;
		for (PutOutcome o : outcomes) {
			Map<String, Object> r = new LinkedHashMap<>();
			if (o.isStored()) {
				r.put("SequenceNumber", o.sequenceNumber());
				r.put("ShardId", o.shardId());
			}
			else {
				r.put("ErrorCode", o.errorCode());
				r.put("ErrorMessage", o.errorMessage());
				failed++;
			}
			records.add(r);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("FailedRecordCount", failed);
		answer.put("Records", records);
		answer.put("EncryptionType", "NONE");
		return answer;
	}

	private static PutEntry entry(KinesisRequest r) {
		return new PutEntry(r.requiredBlob("Data"), r.requiredString("PartitionKey"), r.string("ExplicitHashKey"));
	}

	Map<String, Object> getShardIterator(KinesisRequest request) {
		String stream = engine.streamName(request.string("StreamName"), request.string("StreamARN"));
		String shardId = request.requiredString("ShardId");
		String typeName = request.requiredString("ShardIteratorType");
		IteratorType type;
		try {
			type = IteratorType.valueOf(typeName.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw KinesisException.validation("1 validation error detected: Value '" + typeName
					+ "' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: "
					+ "[AFTER_SEQUENCE_NUMBER, AT_SEQUENCE_NUMBER, AT_TIMESTAMP, TRIM_HORIZON, LATEST]");
		}
		String iterator = engine.shardIterator(stream, shardId, type, request.string("StartingSequenceNumber"),
				request.timestamp("Timestamp"));
		return Map.of("ShardIterator", iterator);
	}

	Map<String, Object> getRecords(KinesisRequest request) {
		RecordsPage page = engine.getRecords(request.requiredString("ShardIterator"),
				request.integer("Limit", KinesisEngine.MAX_GET_RECORDS));
		List<Map<String, Object>> records = new ArrayList<>(page.records().size());
		for (StoredRecord r : page.records()) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("SequenceNumber", r.sequenceNumber());
			out.put("ApproximateArrivalTimestamp", r.arrival());
			out.put("Data", r.data());
			out.put("PartitionKey", r.partitionKey());
			records.add(out);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("Records", records);
		answer.put("NextShardIterator", page.nextShardIterator());
		answer.put("MillisBehindLatest", page.millisBehindLatest());
		return answer;
	}

}
