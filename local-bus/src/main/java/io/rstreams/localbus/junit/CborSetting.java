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
package io.rstreams.localbus.junit;

import java.util.function.Supplier;

/**
 * Builds an AWS SDK client with CBOR on or off. The SDK reads {@code aws.cborEnabled}
 * once, when a client is built, so tests that speak both encodings to a Kinesis API set
 * it around the build and put it back.
 */
public final class CborSetting {

	private static final String PROPERTY = "aws.cborEnabled";

	private CborSetting() {
	}

	public static synchronized <T> T build(boolean cbor, Supplier<T> client) {
		String before = System.getProperty(PROPERTY);
		System.setProperty(PROPERTY, Boolean.toString(cbor));
		try {
			return client.get();
		}
		finally {
			if (before == null) {
				System.clearProperty(PROPERTY);
			}
			else {
				System.setProperty(PROPERTY, before);
			}
		}
	}

}
