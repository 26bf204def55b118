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

import io.rstreams.client.bus.S3Location;

/**
 * A LeoStream block points to an S3 events file that does not exist (expired by a
 * lifecycle rule, deleted).
 */
public class MissingEventsFileException extends BlockReadException {

	private final S3Location location;

	/**
	 * @param records the stored number of events of the block
	 */
	public MissingEventsFileException(String queue, String firstEid, String lastEid, long records, S3Location location,
			Throwable cause) {
		super("the events file s3://" + location.bucket() + "/" + location.key() + " does not exist", queue, firstEid,
				lastEid, records, null, cause);
		this.location = location;
	}

	public S3Location location() {
		return location;
	}

}
