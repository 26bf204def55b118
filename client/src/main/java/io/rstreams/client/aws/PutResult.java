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
package io.rstreams.client.aws;

/**
 * What Kinesis (or Firehose) said about one record of a batch: accepted, or an error code
 * to retry on.
 */
public record PutResult(boolean accepted, String errorCode, String errorMessage, String shardId,
		String sequenceNumber) {

	public static PutResult accepted(String shardId, String sequenceNumber) {
		return new PutResult(true, null, null, shardId, sequenceNumber);
	}

	public static PutResult failed(String errorCode, String errorMessage) {
		return new PutResult(false, errorCode, errorMessage, null, null);
	}
}
