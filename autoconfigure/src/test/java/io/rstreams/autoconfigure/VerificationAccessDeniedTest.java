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
package io.rstreams.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.client.bus.BusVerifier;
import io.rstreams.client.MissingBusResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * S3 answers a HeadBucket the identity may not make with a bare 403 (a HEAD response has
 * no body, so no error code): the start-up check must still call it access denied and
 * name the permission, s3:ListBucket.
 */
class VerificationAccessDeniedTest {

	@RegisterExtension
	static WireMockExtension aws = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@Test
	void aForbiddenHeadBucketNamesListBucketOnTheBucket() {
		ApplicationContextRunner runner = AwsStubs.runner(aws);
		aws.stubFor(post("/").withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.DescribeTable"))
			.willReturn(okForContentType("application/x-amz-json-1.0",
					"{\"Table\":{\"TableName\":\"T\",\"TableStatus\":\"ACTIVE\"}}")));
		aws.stubFor(head(urlPathEqualTo("/locked-bucket")).willReturn(aResponse().withStatus(403)));
		String endpoint = "http://127.0.0.1:" + aws.getPort();
		runner.withPropertyValues("spring.cloud.stream.rstreams.bus.endpoints.dynamodb=" + endpoint,
				"spring.cloud.stream.rstreams.bus.endpoints.s3=" + endpoint,
				"spring.cloud.stream.rstreams.bus.leo-stream=S", "spring.cloud.stream.rstreams.bus.leo-cron=C",
				"spring.cloud.stream.rstreams.bus.leo-event=E", "spring.cloud.stream.rstreams.bus.leo-s3=locked-bucket",
				"spring.cloud.stream.rstreams.bus.leo-kinesis-stream=K",
				"spring.cloud.stream.rstreams.bus.leo-firehose-stream=F")
			.run(context -> {
				assertThat(context).hasNotFailed();
				RStreamsBusConnection connection = context.getBean(RStreamsBusConnection.class);
				// the stream check would come first; this test is about the bucket
				Runnable bucketOnly = () -> new BusVerifier(connection.dynamo(), null,
						context.getBean(RStreamsAwsClients.class).s3(), Duration.ofSeconds(5))
					.verify(connection.bus(), connection.origin());
				assertThatThrownBy(bucketOnly::run).isInstanceOf(MissingBusResourceException.class)
					.hasMessageContaining("s3:ListBucket")
					.hasMessageContaining("locked-bucket")
					.hasMessageNotContaining("does not exist")
					.satisfies(ex -> {
						assertThat(ex.getMessage()).containsIgnoringCase("access denied");
						FailureAnalysis analysis = new RStreamsConfigurationFailureAnalyzer().analyze(ex);
						assertThat(analysis.getAction()).contains("s3:ListBucket").contains("locked-bucket");
					});
			});
	}

}
