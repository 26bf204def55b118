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

import java.util.Objects;

/**
 * One record to put.
 *
 * @param data the record's bytes
 * @param partitionKey the partition key (1 to 256 characters)
 * @param explicitHashKey a decimal hash key that chooses the shard instead of the
 * partition key, or {@code null}
 */
public record PutEntry(byte[] data, String partitionKey, String explicitHashKey) {

	public PutEntry {
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(partitionKey, "partitionKey");
	}

}
