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
package io.rstreams.localaws.s3;

import io.rstreams.localaws.dynamodb.value.ValueOrder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;

/** Object keys: S3 lists them in UTF-8 byte order and limits them to 1024 bytes. */
final class Keys {

	static final Comparator<String> ORDER = ValueOrder::compareUtf8;

	private Keys() {
	}

	static void check(String key) {
		if (key == null || key.isEmpty()) {
			throw S3Exception.invalidArgument("An object key must not be empty");
		}
		if (key.getBytes(StandardCharsets.UTF_8).length > 1024) {
			throw new S3Exception(400, "KeyTooLongError", "Your key is too long", Map.of("Key", key));
		}
	}

}
