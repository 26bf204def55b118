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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IAM action an access-denied failure asks for is the one AWS checks for that
 * operation.
 */
class IamActionsTest {

	@Test
	void mostOperationsAreTheirOwnAction() {
		assertThat(IamActions.of("dynamodb", "UpdateItem")).isEqualTo("dynamodb:UpdateItem");
		assertThat(IamActions.of("dynamodb", "DescribeTable")).isEqualTo("dynamodb:DescribeTable");
		assertThat(IamActions.of("kinesis", "PutRecords")).isEqualTo("kinesis:PutRecords");
		assertThat(IamActions.of("firehose", "PutRecordBatch")).isEqualTo("firehose:PutRecordBatch");
		assertThat(IamActions.of("ssm", "GetParameter")).isEqualTo("ssm:GetParameter");
		assertThat(IamActions.of("secretsmanager", "GetSecretValue")).isEqualTo("secretsmanager:GetSecretValue");
		assertThat(IamActions.of("s3", "GetObject")).isEqualTo("s3:GetObject");
		assertThat(IamActions.of("s3", "PutObject")).isEqualTo("s3:PutObject");
	}

	@Test
	void s3OperationsWithoutAnActionOfTheirOwnMapToTheOneS3Checks() {
		assertThat(IamActions.of("s3", "HeadBucket")).isEqualTo("s3:ListBucket");
		assertThat(IamActions.of("s3", "ListObjectsV2")).isEqualTo("s3:ListBucket");
		assertThat(IamActions.of("s3", "HeadObject")).isEqualTo("s3:GetObject");
		assertThat(IamActions.of("s3", "CreateMultipartUpload")).isEqualTo("s3:PutObject");
		assertThat(IamActions.of("s3", "UploadPart")).isEqualTo("s3:PutObject");
		assertThat(IamActions.of("s3", "CompleteMultipartUpload")).isEqualTo("s3:PutObject");
		assertThat(IamActions.of("s3", "DeleteObjects")).isEqualTo("s3:DeleteObject");
	}

	@Test
	void anOperationNamesItsActionAndResource() {
		assertThat(AwsOperation.dynamo("UpdateItem", "Bus-LeoCron").permission())
			.isEqualTo("dynamodb:UpdateItem on table 'Bus-LeoCron'");
		assertThat(AwsOperation.kinesis("PutRecords", "Bus-Stream").permission())
			.isEqualTo("kinesis:PutRecords on stream 'Bus-Stream'");
		assertThat(AwsOperation.s3("HeadBucket", "bus-bucket").permission())
			.isEqualTo("s3:ListBucket on bucket 'bus-bucket'");
		assertThat(AwsOperation.s3("GetObject", "bus-bucket", "bus/q/z/1.gz").permission())
			.isEqualTo("s3:GetObject on object 'bus-bucket/bus/q/z/1.gz'");
		assertThat(AwsOperation.firehose("PutRecordBatch", "Bus-Firehose").permission())
			.isEqualTo("firehose:PutRecordBatch on delivery stream 'Bus-Firehose'");
		assertThat(AwsOperation.ssm("GetParameter", "PlaygroundBus").permission())
			.isEqualTo("ssm:GetParameter on parameter 'PlaygroundBus'");
		assertThat(AwsOperation.secretsManager("GetSecretValue", "rstreams-X").permission())
			.isEqualTo("secretsmanager:GetSecretValue on secret 'rstreams-X'");
	}

}
