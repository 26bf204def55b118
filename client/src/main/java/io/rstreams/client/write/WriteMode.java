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
package io.rstreams.client.write;

/** Where a {@link QueueWriter} sends events (protocol.md 5.1 - 5.3). */
public enum WriteMode {

	/**
	 * Gzip NDJSON records to the bus's Kinesis stream (the Node SDK's default); oversize
	 * events go through S3.
	 */
	KINESIS,
	/**
	 * Events into multi-member gzip files in S3, and one pointer record per file to
	 * Kinesis (SDK {@code useS3}).
	 */
	S3,
	/**
	 * Uncompressed NDJSON to the bus's Firehose stream (SDK {@code firehose}); at least
	 * 60 s more latency.
	 */
	FIREHOSE

}
