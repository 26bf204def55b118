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

/** One stored line that is not a JSON object. */
public class UndecodableEventException extends BlockReadException {

	public UndecodableEventException(String queue, String eid, byte[] line, Throwable cause) {
		super("stored line is not a JSON event (" + cause.getMessage() + ")", queue, eid, eid, 1, line, cause);
	}

}
