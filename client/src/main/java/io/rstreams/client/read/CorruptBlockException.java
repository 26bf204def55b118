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
package io.rstreams.client.read;

/** A LeoStream gzip block, or part of an S3 events file, that does not decompress. */
public class CorruptBlockException extends BlockReadException {

	/**
	 * @param records the stored number of events of the block or member
	 */
	public CorruptBlockException(String queue, String firstEid, String lastEid, long records, byte[] raw,
			Throwable cause) {
		super("stored data is not valid gzip (" + cause.getMessage() + ")", queue, firstEid, lastEid, records, raw,
				cause);
	}

}
