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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bus secret (or RSTREAMS_CONFIG) that does not parse must not show its text: JSON
 * parsers quote the offending token, and that token may be a password someone pasted into
 * the wrong secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretValueNotShownTest {

	@RegisterExtension
	static WireMockExtension aws = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	ApplicationContextRunner runner;

	@BeforeEach
	void setUp() {
		runner = AwsStubs.runner(aws).withPropertyValues("spring.cloud.stream.rstreams.bus.secret-name=rstreams-Leaky");
	}

	@Test
	void aSecretThatIsNotJson(CapturedOutput output) {
		AwsStubs.secret(aws, "rstreams-Leaky", "hunter2Zq9Xw");
		runner.run(context -> assertFailsWithout(context, output, "hunter2Zq9Xw", "secret 'rstreams-Leaky'"));
	}

	@Test
	void aSecretWithBrokenJson(CapturedOutput output) {
		AwsStubs.secret(aws, "rstreams-Leaky", "{\"LeoStream\": \"x\", oops-Kq7hunter2Vb}");
		runner.run(context -> assertFailsWithout(context, output, "oops-Kq7hunter2Vb", "secret 'rstreams-Leaky'"));
	}

	@Test
	void aSecretWithABareWordAsAValue(CapturedOutput output) {
		AwsStubs.secret(aws, "rstreams-Leaky", "{\"LeoStream\": \"x\", \"LeoCron\": Kq7hunter2Vb}");
		runner.run(context -> assertFailsWithout(context, output, "Kq7hunter2Vb", "secret 'rstreams-Leaky'"));
	}

	@Test
	void rstreamsConfigThatIsNotJson(CapturedOutput output) {
		AwsStubs.runner(aws)
			.withInitializer(BusResolutionTest
				.env(Map.of("RSTREAMS_CONFIG", "{\"Region\": \"us-east-1\", \"LeoStream\": Kq7hunter2Vb}")))
			.run(context -> assertFailsWithout(context, output, "Kq7hunter2Vb", "RSTREAMS_CONFIG"));
	}

	/**
	 * Fails unless start-up failed naming {@code where} and no text shown anywhere holds
	 * 6 characters of the value.
	 */
	static void assertFailsWithout(AssertableApplicationContext context, CapturedOutput output, String value,
			String where) {
		assertThat(context).hasFailed();
		List<String> shown = new ArrayList<>();
		for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
			shown.add(String.valueOf(t.getMessage()));
			shown.add(t.toString());
		}
		FailureAnalysis analysis = new RStreamsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		shown.add(analysis.getDescription());
		shown.add(analysis.getAction());
		shown.add(output.getAll());
		assertThat(analysis.getDescription()).contains(where).contains("not JSON");
		for (String text : shown) {
			for (int i = 0; i + 6 <= value.length(); i++) {
				assertThat(text).doesNotContain(value.substring(i, i + 6));
			}
		}
	}

}
