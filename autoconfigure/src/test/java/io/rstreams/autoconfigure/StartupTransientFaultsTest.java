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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.client.MissingBusResourceException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A start-up AWS call that fails for a moment (throttled, a 500, a dropped connection, a
 * lost body) is retried by the SDK and start-up goes on; one that keeps failing fails
 * start-up within call-timeout, saying it is a transient failure of AWS and not a
 * configuration problem. The bus is found by its name (SSM, then Secrets Manager) and
 * verified (DynamoDB, Kinesis, S3), every call against WireMock.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupTransientFaultsTest {

	/**
	 * Above the SDK's worst case: DynamoDB's nine attempts back off up to 6.4 s in all.
	 */
	static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

	@RegisterExtension
	static WireMockExtension aws = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static Stream<Arguments> callsAndFaults() {
		List<Arguments> all = new ArrayList<>();
		for (StartupCall call : StartupCall.values()) {
			for (StartupFault fault : StartupFault.values()) {
				all.add(Arguments.of(call, fault));
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} {1} twice, then the answer")
	@MethodSource("callsAndFaults")
	void twoFailuresThenSuccessResolveAndVerifyTheBus(StartupCall faulty, StartupFault fault) {
		ApplicationContextRunner runner = busOnWireMock();
		aws.stubFor(faulty.request()
			.atPriority(1)
			.inScenario(faulty.name())
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(fault.response(faulty))
			.willSetStateTo("failed once"));
		aws.stubFor(faulty.request()
			.atPriority(1)
			.inScenario(faulty.name())
			.whenScenarioStateIs("failed once")
			.willReturn(fault.response(faulty))
			.willSetStateTo("failed twice"));
		runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(ResolvedBus.class).config().leoStream()).isEqualTo("S");
			context.getBean(RStreamsBusConnection.class).verifier().run();
			for (StartupCall call : StartupCall.values()) {
				assertThat(aws.countRequestsMatching(call.requested().build()).getCount()).as(call.operation)
					.isEqualTo(call == faulty ? 3 : 1);
			}
		});
	}

	@ParameterizedTest(name = "{0} always 500")
	@EnumSource(StartupCall.class)
	void aFailureThatDoesNotPassFailsStartUpAsTransient(StartupCall faulty, CapturedOutput output) {
		ApplicationContextRunner runner = busOnWireMock();
		aws.stubFor(faulty.request().atPriority(1).willReturn(StartupFault.INTERNAL_FAILURE.response(faulty)));
		long start = System.nanoTime();
		runner.run(context -> {
			Throwable failure = context.getStartupFailure();
			if (failure == null) {
				failure = catchThrowable(context.getBean(RStreamsBusConnection.class).verifier()::run);
			}
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(took).isLessThan(CALL_TIMEOUT);
			long attempts = aws.countRequestsMatching(faulty.requested().build()).getCount();
			assertThat(attempts).as("the SDK retried").isGreaterThanOrEqualTo(3);
			assertTransient(failure, faulty, attempts, output);
		});
	}

	/**
	 * The failure names the call and the resource, says it is transient and how often it
	 * was tried, and shows nothing of the secret.
	 */
	static void assertTransient(Throwable failure, StartupCall faulty, long attempts, CapturedOutput output) {
		assertThat(failure).isNotNull();
		Throwable t = failure;
		while (!(t instanceof RStreamsConfigurationException || t instanceof MissingBusResourceException)
				&& t.getCause() != null) {
			t = t.getCause();
		}
		FailureAnalysis analysis = new RStreamsConfigurationFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains(faulty.operation)
			.contains("'" + faulty.resource + "'")
			.contains("us-east-1")
			.contains("transient")
			.contains("start-up may be retried")
			.contains("not a configuration problem")
			.doesNotContain("does not exist")
			.doesNotContain("No bus secret found");
		// S3 rebuilds the error of a HEAD (no body to read a code from) and drops the
		// SDK's attempt count
		if (faulty != StartupCall.HEAD_BUCKET) {
			assertThat(analysis.getDescription()).contains("after " + attempts + " attempts");
		}
		assertThat(analysis.getAction()).startsWith("Retry start-up").doesNotContain("Check the bus name");
		assertThat(t.getMessage()).isEqualTo(analysis.getDescription());
		List<String> shown = new ArrayList<>(List.of(analysis.getDescription(), analysis.getAction(), output.getAll()));
		for (Throwable c = failure; c != null; c = c.getCause()) {
			shown.add(c.toString());
		}
		assertThat(shown).noneMatch(text -> text.contains(StartupCall.SECRET_ONLY));
	}

	/**
	 * Every call answered as AWS answers it; the bus named, so that resolution calls SSM
	 * and Secrets Manager.
	 */
	static ApplicationContextRunner busOnWireMock() {
		ApplicationContextRunner runner = AwsStubs.runner(aws);
		for (StartupCall call : StartupCall.values()) {
			aws.stubFor(call.request().willReturn(call.ok()));
		}
		// the LeoEvent and LeoCron tables, never faulty
		aws.stubFor(post("/").atPriority(6)
			.withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.DescribeTable"))
			.willReturn(StartupCall.DESCRIBE_TABLE.ok()));
		String endpoint = "http://127.0.0.1:" + aws.getPort();
		return runner.withPropertyValues("spring.cloud.stream.rstreams.bus.name=" + StartupCall.BUS,
				"spring.cloud.stream.rstreams.bus.call-timeout=" + CALL_TIMEOUT.toSeconds() + "s",
				"spring.cloud.stream.rstreams.bus.endpoints.dynamodb=" + endpoint,
				"spring.cloud.stream.rstreams.bus.endpoints.kinesis=" + endpoint,
				"spring.cloud.stream.rstreams.bus.endpoints.s3=" + endpoint);
	}

}
