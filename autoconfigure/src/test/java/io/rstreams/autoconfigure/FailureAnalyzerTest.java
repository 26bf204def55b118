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

import java.util.List;

import io.rstreams.client.MissingBusResourceException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up failures about the bus are reported as Description / Action, not as a stack
 * trace.
 */
class FailureAnalyzerTest {

	private final RStreamsConfigurationFailureAnalyzer analyzer = new RStreamsConfigurationFailureAnalyzer();

	@Test
	void aResolutionFailureSaysWhatToSet() {
		RStreamsConfigurationException ex = new RStreamsConfigurationException("The SSM parameter 'X' does not exist",
				"Check spring.cloud.stream.rstreams.bus.name", List.of("SSM parameter 'X'"), null);
		FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("rstreamsResolvedBus", "failed", ex));
		assertThat(analysis.getDescription()).isEqualTo("The SSM parameter 'X' does not exist");
		assertThat(analysis.getAction()).isEqualTo("Check spring.cloud.stream.rstreams.bus.name");
	}

	@Test
	void aMissingTableSaysHowToFixOrSkipTheCheck() {
		MissingBusResourceException ex = new MissingBusResourceException("LeoStream", "T",
				"The DynamoDB table 'T' does not exist", null);
		FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("binding failed", ex));
		assertThat(analysis.getDescription()).contains("'T' does not exist");
		assertThat(analysis.getAction()).contains("spring.cloud.stream.rstreams.bus.verify=false");
	}

	@Test
	void otherFailuresAreLeftAlone() {
		assertThat(analyzer.analyze(new IllegalStateException("unrelated"))).isNull();
	}

}
