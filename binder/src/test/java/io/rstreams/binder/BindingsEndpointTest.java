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
package io.rstreams.binder;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.stream.endpoint.BindingsEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Cloud Stream's {@code bindings} actuator endpoint shows a consumer binding's
 * RStreams settings, defaults included, as they are configured, and querying it logs
 * nothing.
 */
@SpringBootTest(classes = BindingsEndpointTest.App.class,
		properties = { "spring.cloud.function.definition=audit",
				"spring.cloud.stream.bindings.audit-in-0.destination=audited",
				"spring.cloud.stream.bindings.audit-in-0.group=audit-bot",
				"spring.cloud.stream.rstreams.bindings.audit-in-0.consumer.batch-size=50",
				"management.endpoints.web.exposure.include=bindings" })
@ExtendWith(OutputCaptureExtension.class)
class BindingsEndpointTest {

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(LocalBusSupport.LocalBusBeans.class)
	static class App {

		@Bean
		Consumer<String> audit() {
			return s -> {
			};
		}

	}

	@Autowired
	BindingsEndpoint bindings;

	@Test
	@SuppressWarnings("unchecked")
	void showsTheRStreamsSettingsOfAConsumerBinding(CapturedOutput output) {
		int before = output.length();
		List<Map<String, Object>> states = bindings.queryStates();

		Map<String, Object> audit = states.stream()
			.filter(b -> "audit-in-0".equals(b.get("bindingName")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> additional = (Map<String, Object>) audit.get("additionalConfigurationProperties");
		assertThat(additional).containsOnlyKeys("audit-in-0");
		Map<String, Object> rstreams = (Map<String, Object>) additional.get("audit-in-0");
		assertThat(rstreams).containsEntry("checkpoint-mode", "batch")
			.containsEntry("batch-size", 50)
			.containsEntry("max-batch-bytes", "8MB")
			.containsEntry("poll-interval", "1s")
			.containsEntry("shutdown-timeout", "30s")
			.containsEntry("lease-enabled", true)
			.doesNotContainKey("bot-id");
		Map<String, Object> extension = (Map<String, Object>) audit.get("extension");
		assertThat(extension).containsEntry("maxBatchBytes", "8MB").containsEntry("checkpointMode", "BATCH");
		assertThat(output.toString().substring(before)).doesNotContain("must be implemented").doesNotContain("WARN");
	}

}
