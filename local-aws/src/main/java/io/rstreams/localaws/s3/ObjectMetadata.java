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

import java.util.Map;

/**
 * What S3 keeps with an object besides its bytes: Content-Type, Content-Encoding, other
 * standard headers (Cache-Control, Content-Disposition, Content-Language, Expires), user
 * metadata ({@code x-amz-meta-*}, names lower-cased, without the prefix) and the
 * checksums given at upload ({@code x-amz-checksum-*} headers).
 */
public record ObjectMetadata(String contentType, String contentEncoding, Map<String, String> headers,
		Map<String, String> userMetadata, Map<String, String> checksums) {

	public ObjectMetadata {
		contentType = contentType == null ? "application/octet-stream" : contentType;
		headers = headers == null ? Map.of() : Map.copyOf(headers);
		userMetadata = userMetadata == null ? Map.of() : Map.copyOf(userMetadata);
		checksums = checksums == null ? Map.of() : Map.copyOf(checksums);
	}

	public static ObjectMetadata defaults() {
		return new ObjectMetadata(null, null, null, null, null);
	}

	ObjectMetadata withoutChecksums() {
		return new ObjectMetadata(contentType, contentEncoding, headers, userMetadata, null);
	}
}
