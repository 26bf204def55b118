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
package io.rstreams.binder.status;

import io.rstreams.client.RStreamsException;

/**
 * How a binding's failures are shown: in one line, without the message dumps Spring
 * Integration adds.
 */
public final class Failures {

	private Failures() {
	}

	/**
	 * The failure in one line: the first RStreams exception's message (they name queue,
	 * bot and eids), else the root cause without the failed message's dump that Spring
	 * Integration puts in its messages.
	 */
	public static String describe(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof RStreamsException) {
				return t.getClass().getSimpleName() + ": " + t.getMessage();
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : root.getMessage();
		int dump = message.indexOf(", failedMessage=");
		return root.getClass().getSimpleName() + ": " + (dump > 0 ? message.substring(0, dump) : message);
	}

}
