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
package io.rstreams.client.aws;

import java.util.Map;

/**
 * The IAM action AWS checks for an API operation, so that an access-denied failure can
 * say which permission to grant. For DynamoDB, Kinesis, Firehose, SSM and Secrets Manager
 * the action is the operation's own name; S3 checks a few shared actions instead (a
 * HeadBucket needs s3:ListBucket, a multipart upload s3:PutObject).
 */
public final class IamActions {

	private static final Map<String, String> S3 = Map.ofEntries(Map.entry("HeadBucket", "ListBucket"),
			Map.entry("ListObjects", "ListBucket"), Map.entry("ListObjectsV2", "ListBucket"),
			Map.entry("HeadObject", "GetObject"), Map.entry("CreateMultipartUpload", "PutObject"),
			Map.entry("UploadPart", "PutObject"), Map.entry("CompleteMultipartUpload", "PutObject"),
			Map.entry("DeleteObjects", "DeleteObject"));

	private IamActions() {
	}

	/**
	 * @param service the IAM service prefix: {@code dynamodb}, {@code kinesis},
	 * {@code s3}, {@code firehose}, {@code ssm}, {@code secretsmanager}
	 * @param operation the API operation, e.g. {@code UpdateItem}, {@code HeadBucket}
	 * @return e.g. {@code dynamodb:UpdateItem}, {@code s3:ListBucket}
	 */
	public static String of(String service, String operation) {
		String action = "s3".equals(service) ? S3.getOrDefault(operation, operation) : operation;
		return service + ":" + action;
	}

}
