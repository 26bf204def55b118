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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An S3 error: HTTP status, error code (NoSuchKey, NoSuchBucket, ...) and message, plus
 * the extra elements S3 puts in its XML error body (Key, BucketName, ...). The SDKs map
 * the code to exception classes such as {@code NoSuchKeyException}.
 */
public final class S3Exception extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String code;

	private final Map<String, String> details;

	public S3Exception(int status, String code, String message) {
		this(status, code, message, Map.of());
	}

	public S3Exception(int status, String code, String message, Map<String, String> details) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.details = new LinkedHashMap<>(details);
	}

	static S3Exception noSuchBucket(String bucket) {
		return new S3Exception(404, "NoSuchBucket", "The specified bucket does not exist",
				Map.of("BucketName", bucket));
	}

	static S3Exception noSuchKey(String key) {
		return new S3Exception(404, "NoSuchKey", "The specified key does not exist.", Map.of("Key", key));
	}

	static S3Exception noSuchUpload(String uploadId) {
		return new S3Exception(404, "NoSuchUpload",
				"The specified upload does not exist. The upload ID may be invalid, "
						+ "or the upload may have been aborted or completed.",
				Map.of("UploadId", uploadId));
	}

	static S3Exception invalidArgument(String message) {
		return new S3Exception(400, "InvalidArgument", message);
	}

	static S3Exception methodNotAllowed() {
		return new S3Exception(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
	}

	static S3Exception notImplemented(String what) {
		return new S3Exception(501, "NotImplemented", "This local S3 does not implement " + what);
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Map<String, String> details() {
		return details;
	}

}
