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

/**
 * Decides, record by record, whether a put is accepted, so that tests can make a stream
 * refuse some records the way Kinesis does under load (a PutRecords answer with
 * {@code FailedRecordCount} and per-record {@code ErrorCode}, a PutRecord that fails with
 * ProvisionedThroughputExceededException). Everything is accepted unless a test installs
 * another one.
 */
@FunctionalInterface
public interface RecordAdmission {

	RecordAdmission ACCEPT_ALL = (stream, shardId, entry) -> null;

	/** A refusal: the record's error code and message. */
	record Refusal(String errorCode, String errorMessage) {
	}

	/** A throttling refusal worded as Kinesis words it. */
	static Refusal throttled(String stream, String shardId) {
		return new Refusal("ProvisionedThroughputExceededException", "Rate exceeded for shard " + shardId
				+ " in stream " + stream + " under account " + KinesisEngine.ACCOUNT + ".");
	}

	/**
	 * @return null to store the record, or why it is refused
	 */
	Refusal refuse(String stream, String shardId, PutEntry entry);

}
