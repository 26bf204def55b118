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

import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.firehose.model.FirehoseException;
import software.amazon.awssdk.services.kinesis.model.KinesisException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How SDK failures become {@link AwsCallException}s: denials are final and name the
 * permission.
 */
class AwsCallsTranslateTest {

	static AwsErrorDetails details(String service, String code, String message) {
		return AwsErrorDetails.builder().serviceName(service).errorCode(code).errorMessage(message).build();
	}

	static AwsCallException translate(Throwable failure, AwsOperation operation, String what) {
		RuntimeException translated = AwsCalls.translate(new CompletionException(failure), operation, () -> what);
		assertThat(translated).isInstanceOf(AwsCallException.class);
		return (AwsCallException) translated;
	}

	@Test
	void aBareS3ForbiddenIsAccessDeniedToListTheBucket() {
		S3Exception bare = (S3Exception) S3Exception.builder().statusCode(403).build();
		AwsCallException ex = translate(bare, AwsOperation.s3("HeadBucket", "bus-bucket"), "HeadBucket bus-bucket");
		assertThat(ex.isAccessDenied()).isTrue();
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.iamAction()).isEqualTo("s3:ListBucket");
		assertThat(ex.getMessage()).startsWith("HeadBucket bus-bucket failed: access denied")
			.contains("s3:ListBucket on bucket 'bus-bucket'");
	}

	@Test
	void anS3ForbiddenWithEmptyErrorDetailsIsAccessDeniedToo() {
		S3Exception empty = (S3Exception) S3Exception.builder()
			.statusCode(403)
			.awsErrorDetails(details("S3", null, null))
			.build();
		AwsCallException ex = translate(empty, AwsOperation.s3("PutObject", "b", "k"), "S3 PutObject s3://b/k");
		assertThat(ex.isAccessDenied()).isTrue();
		assertThat(ex.getMessage()).contains("access denied").contains("s3:PutObject on object 'b/k'");
	}

	@Test
	void anS3AccessDeniedCodeNamesGetObject() {
		S3Exception denied = (S3Exception) S3Exception.builder()
			.statusCode(403)
			.awsErrorDetails(details("S3", "AccessDenied", "Access Denied"))
			.build();
		AwsCallException ex = translate(denied, AwsOperation.s3("GetObject", "b", "q/1.gz"),
				"S3 GetObject s3://b/q/1.gz");
		assertThat(ex.isAccessDenied()).isTrue();
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.errorCode()).isEqualTo("AccessDenied");
		assertThat(ex.iamAction()).isEqualTo("s3:GetObject");
		assertThat(ex.getMessage()).contains("access denied").contains("s3:GetObject on object 'b/q/1.gz'");
	}

	@Test
	void aDynamoDbAccessDeniedExceptionNamesUpdateItemOnTheTable() {
		DynamoDbException denied = (DynamoDbException) DynamoDbException.builder()
			.statusCode(400)
			.awsErrorDetails(details("DynamoDb", "AccessDeniedException",
					"User: arn:aws:iam::000000000000:user/app is not authorized to perform: dynamodb:UpdateItem"))
			.build();
		AwsCallException ex = translate(denied, AwsOperation.dynamo("UpdateItem", "Bus-LeoCron"), "Checkpoint");
		assertThat(ex.isAccessDenied()).isTrue();
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.iamAction()).isEqualTo("dynamodb:UpdateItem");
		assertThat(ex.getMessage()).contains("access denied")
			.contains("dynamodb:UpdateItem on table 'Bus-LeoCron'")
			.contains("AccessDeniedException");
	}

	@Test
	void unauthorizedOperationIsAccessDenied() {
		FirehoseException denied = (FirehoseException) FirehoseException.builder()
			.statusCode(400)
			.awsErrorDetails(details("Firehose", "UnauthorizedOperation", "not allowed"))
			.build();
		AwsCallException ex = translate(denied, AwsOperation.firehose("PutRecordBatch", "F"),
				"Firehose PutRecordBatch");
		assertThat(ex.isAccessDenied()).isTrue();
		assertThat(ex.getMessage()).contains("firehose:PutRecordBatch on delivery stream 'F'");
	}

	@Test
	void unrecognizedClientIsACredentialsProblem() {
		KinesisException rejected = (KinesisException) KinesisException.builder()
			.statusCode(400)
			.awsErrorDetails(details("Kinesis", "UnrecognizedClientException",
					"The security token included in the request is invalid."))
			.build();
		AwsCallException ex = translate(rejected, AwsOperation.kinesis("PutRecords", "Bus-Stream"),
				"Kinesis PutRecords");
		assertThat(ex.isAccessDenied()).isTrue();
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.getMessage()).contains("access denied")
			.contains("credentials")
			.contains("kinesis:PutRecords on stream 'Bus-Stream'");
	}

	@Test
	void aDenialWithoutAnOperationStillSaysAccessDenied() {
		S3Exception bare = (S3Exception) S3Exception.builder().statusCode(403).build();
		RuntimeException translated = AwsCalls.translate(bare, () -> "HeadBucket b");
		assertThat(translated).isInstanceOf(AwsCallException.class);
		assertThat(((AwsCallException) translated).isRetryable()).isFalse();
		assertThat(translated.getMessage()).contains("access denied");
	}

	@Test
	void throttlingStaysRetryableAndIsNotADenial() {
		AwsServiceException throttled = DynamoDbException.builder()
			.statusCode(400)
			.awsErrorDetails(details("DynamoDb", "ThrottlingException", "Rate exceeded"))
			.build();
		AwsCallException ex = translate(throttled, AwsOperation.dynamo("Query", "S"), "Query S");
		assertThat(ex.isRetryable()).isTrue();
		assertThat(ex.isAccessDenied()).isFalse();
		assertThat(ex.iamAction()).isNull();
	}

	@Test
	void anAttemptTimeoutIsATimeout() {
		AwsCallException ex = translate(ApiCallAttemptTimeoutException.create(2000),
				AwsOperation.ssm("GetParameter", "P"), "SSM GetParameter 'P'");
		assertThat(ex.errorCode()).isEqualTo("Timeout");
		assertThat(ex.isRetryable()).isTrue();
		assertThat(ex.getMessage()).contains("SSM GetParameter 'P' timed out");
	}

}
