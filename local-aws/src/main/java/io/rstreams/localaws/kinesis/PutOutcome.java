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
 * What became of one record of a put: stored in a shard with a sequence number, or
 * refused with an error code and message (a PutRecords answer entry).
 */
public record PutOutcome(String shardId, String sequenceNumber, String errorCode, String errorMessage) {

	public static PutOutcome stored(String shardId, String sequenceNumber) {
		return new PutOutcome(shardId, sequenceNumber, null, null);
	}

	public static PutOutcome refused(String errorCode, String errorMessage) {
		return new PutOutcome(null, null, errorCode, errorMessage);
	}

	public boolean isStored() {
		return errorCode == null;
	}

}
