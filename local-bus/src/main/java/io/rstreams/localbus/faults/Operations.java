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
package io.rstreams.localbus.faults;

import java.util.Locale;

import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Names the AWS operation of an HTTP request: JSON protocols (DynamoDB, Kinesis,
 * Firehose, SSM, Secrets Manager) carry it in {@code X-Amz-Target}; S3 is REST, so its
 * operation follows from the method, the path and the query.
 */
final class Operations {

	private Operations() {
	}

	static String of(SdkHttpRequest request) {
		String target = request.firstMatchingHeader("X-Amz-Target").orElse(null);
		if (target != null) {
			int dot = target.indexOf('.');
			String prefix = dot < 0 ? target : target.substring(0, dot);
			String op = dot < 0 ? "" : target.substring(dot + 1);
			return service(prefix) + "." + op;
		}
		return "S3." + s3Operation(request);
	}

	private static String service(String prefix) {
		String p = prefix.toLowerCase(Locale.ROOT);
		if (p.startsWith("dynamodb")) {
			return "DynamoDB";
		}
		if (p.startsWith("kinesis")) {
			return "Kinesis";
		}
		if (p.startsWith("firehose")) {
			return "Firehose";
		}
		if (p.startsWith("amazonssm")) {
			return "SSM";
		}
		if (p.startsWith("secretsmanager")) {
			return "SecretsManager";
		}
		return prefix;
	}

	private static String s3Operation(SdkHttpRequest request) {
		String path = request.encodedPath() == null ? "/" : request.encodedPath();
		boolean bucketOnly = path.chars().filter(c -> c == '/').count() <= 1
				|| path.endsWith("/") && path.indexOf('/', 1) == path.length() - 1;
		return switch (request.method()) {
			case GET -> bucketOnly ? "ListObjects" : "GetObject";
			case HEAD -> bucketOnly ? "HeadBucket" : "HeadObject";
			case PUT -> bucketOnly ? "CreateBucket"
					: request.rawQueryParameters().containsKey("partNumber") ? "UploadPart" : "PutObject";
			case POST -> request.rawQueryParameters().containsKey("uploads") ? "CreateMultipartUpload"
					: request.rawQueryParameters().containsKey("uploadId") ? "CompleteMultipartUpload"
							: "DeleteObjects";
			case DELETE -> bucketOnly ? "DeleteBucket" : "DeleteObject";
			default -> request.method().name();
		};
	}

	/**
	 * Whether the request speaks the CBOR variant of the JSON protocol (Kinesis from the
	 * Java SDK).
	 */
	static boolean isCbor(SdkHttpRequest request) {
		return request.firstMatchingHeader("Content-Type").map(t -> t.contains("cbor")).orElse(false);
	}

}
