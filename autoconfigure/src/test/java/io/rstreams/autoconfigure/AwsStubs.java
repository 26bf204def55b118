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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

/**
 * Secrets Manager and SSM answered over real HTTP (AWS JSON 1.1), as AWS answers them.
 */
final class AwsStubs {

	static final String JSON = "application/x-amz-json-1.1";

	private AwsStubs() {
	}

	static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static void secret(WireMockExtension wm, String name, String secretString) {
		wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
			.withRequestBody(matchingJsonPath("$.SecretId", equalTo(name)))
			.willReturn(okForContentType(JSON,
					"{\"ARN\":\"arn:aws:secretsmanager:us-east-1:000000000000:secret:" + name + "-AbCdEf\",\"Name\":"
							+ quote(name) + ",\"SecretString\":" + quote(secretString)
							+ ",\"VersionId\":\"1\",\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1.7E9}")));
	}

	static void secretError(WireMockExtension wm, String name, String type, String message) {
		wm.stubFor(post("/").atPriority(1)
			.withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
			.withRequestBody(matchingJsonPath("$.SecretId", equalTo(name)))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", JSON)
				.withBody("{\"__type\":" + quote(type) + ",\"message\":" + quote(message) + "}")));
	}

	static void parameter(WireMockExtension wm, String name, String value) {
		wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
			.withRequestBody(matchingJsonPath("$.Name", equalTo(name)))
			.willReturn(okForContentType(JSON, "{\"Parameter\":{\"Name\":" + quote(name)
					+ ",\"Type\":\"String\",\"Value\":" + quote(value) + ",\"Version\":1}}")));
	}

	static void parameterError(WireMockExtension wm, String name, String type) {
		wm.stubFor(post("/").atPriority(1)
			.withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
			.withRequestBody(matchingJsonPath("$.Name", equalTo(name)))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", JSON)
				.withBody("{\"__type\":" + quote(type) + ",\"message\":\"\"}")));
	}

	/** Anything not stubbed: the missing secret/parameter answer. */
	static void notFoundByDefault(WireMockExtension wm) {
		wm.stubFor(post("/").atPriority(10)
			.withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", JSON)
				.withBody(
						"{\"__type\":\"ResourceNotFoundException\",\"message\":\"Secrets Manager can't find the specified secret.\"}")));
		wm.stubFor(post("/").atPriority(10)
			.withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", JSON)
				.withBody("{\"__type\":\"ParameterNotFound\",\"message\":\"\"}")));
	}

	/**
	 * Resets the stubs to "nothing exists" and returns a runner of the auto-configuration
	 * whose Secrets Manager and SSM clients call {@code wm}, in region us-east-1 with
	 * static credentials.
	 */
	static ApplicationContextRunner runner(WireMockExtension wm) {
		wm.resetAll();
		notFoundByDefault(wm);
		String endpoint = "http://127.0.0.1:" + wm.getPort();
		return new ApplicationContextRunner().withInitializer(HostVariables.none())
			.withConfiguration(
					AutoConfigurations.of(RStreamsLocalBusAutoConfiguration.class, RStreamsAutoConfiguration.class))
			.withBean(AwsCredentialsProvider.class,
					() -> StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
			.withPropertyValues("spring.cloud.stream.rstreams.bus.endpoints.secretsmanager=" + endpoint,
					"spring.cloud.stream.rstreams.bus.endpoints.ssm=" + endpoint,
					"spring.cloud.stream.rstreams.bus.region=us-east-1");
	}

}
