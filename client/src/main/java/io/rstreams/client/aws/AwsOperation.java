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

import java.util.Objects;

/**
 * One AWS API call on one resource, given to {@link AwsCalls} so that a denial can name
 * the permission it needs: {@code dynamodb:UpdateItem on table 'Bus-LeoCron'}. The SDK's
 * exceptions do not carry the operation.
 *
 * @param service the IAM service prefix ({@code dynamodb}, {@code s3}...)
 * @param name the API operation ({@code UpdateItem}, {@code HeadBucket}...)
 * @param resource what it was called on, for messages ({@code table 'Bus-LeoCron'})
 */
public record AwsOperation(String service, String name, String resource) {

	public AwsOperation {
		Objects.requireNonNull(service, "service");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(resource, "resource");
	}

	public static AwsOperation dynamo(String operation, String table) {
		return new AwsOperation("dynamodb", operation, "table '" + table + "'");
	}

	public static AwsOperation kinesis(String operation, String stream) {
		return new AwsOperation("kinesis", operation, "stream '" + stream + "'");
	}

	public static AwsOperation s3(String operation, String bucket) {
		return new AwsOperation("s3", operation, "bucket '" + bucket + "'");
	}

	public static AwsOperation s3(String operation, String bucket, String key) {
		return new AwsOperation("s3", operation, "object '" + bucket + "/" + key + "'");
	}

	public static AwsOperation firehose(String operation, String deliveryStream) {
		return new AwsOperation("firehose", operation, "delivery stream '" + deliveryStream + "'");
	}

	public static AwsOperation ssm(String operation, String parameter) {
		return new AwsOperation("ssm", operation, "parameter '" + parameter + "'");
	}

	public static AwsOperation secretsManager(String operation, String secret) {
		return new AwsOperation("secretsmanager", operation, "secret '" + secret + "'");
	}

	/** The IAM action AWS checks, e.g. {@code s3:ListBucket} for HeadBucket. */
	public String iamAction() {
		return IamActions.of(service, name);
	}

	/**
	 * The action and the resource it is needed on, e.g.
	 * {@code s3:ListBucket on bucket 'b'}.
	 */
	public String permission() {
		return iamAction() + " on " + resource;
	}
}
