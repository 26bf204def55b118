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
package io.rstreams.test;

import java.util.HashMap;
import java.util.Map;

import io.rstreams.autoconfigure.ResolvedBus;
import io.rstreams.binder.RStreamsBusConnection;
import io.rstreams.localbus.LocalBus;
import io.rstreams.test.autoconfigure.AutoConfigureRStreamsTestBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever names a real bus (RSTREAMS_CONFIG exported, a secret and a bus name in the
 * properties) and whatever the platform (a CI runner on Kubernetes), the annotated test
 * runs on the embedded bus. The variables come from a replaced {@code systemEnvironment}
 * property source, as if exported, without touching the process's environment.
 */
@SpringBootTest(classes = InvoiceBotApplication.class,
		properties = { "spring.cloud.function.definition=invoiceBot",
				"spring.cloud.stream.rstreams.bus.name=PlaygroundBus",
				"spring.cloud.stream.rstreams.bus.secret-name=rstreams-PlaygroundBus-Bus-1ABC",
				"spring.cloud.stream.rstreams.bus.local.enabled=false" })
@ContextConfiguration(initializers = ForcedOverConfiguredBusTest.ExportedVariables.class)
@AutoConfigureRStreamsTestBus
class ForcedOverConfiguredBusTest {

	static final String RSTREAMS_CONFIG = "{\"Region\":\"eu-west-1\",\"LeoStream\":\"Real-LeoStream\","
			+ "\"LeoCron\":\"Real-LeoCron\",\"LeoEvent\":\"Real-LeoEvent\",\"LeoS3\":\"real-bucket\","
			+ "\"LeoKinesisStream\":\"Real-Stream\",\"LeoFirehoseStream\":\"Real-Firehose\"}";

	@Autowired
	ResolvedBus resolved;

	@Autowired
	RStreamsBusConnection connection;

	@Autowired
	LocalBus localBus;

	@Autowired
	RStreamsTestBus bus;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void theEmbeddedBusWinsOverEveryConfiguredBusAndThePlatformGuard() {
		assertThat(context.getEnvironment().getProperty("RSTREAMS_CONFIG")).isEqualTo(RSTREAMS_CONFIG);
		assertThat(resolved.local()).isTrue();
		assertThat(connection.embedded()).isTrue();
		assertThat(connection.bus()).isEqualTo(localBus.config());
		assertThat(connection.bus().leoStream()).isNotEqualTo("Real-LeoStream");
		assertThat(bus.localBus()).isSameAs(localBus);
	}

	/** RSTREAMS_CONFIG exported on a Kubernetes host. */
	static class ExportedVariables implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("RSTREAMS_CONFIG", RSTREAMS_CONFIG);
			variables.put("KUBERNETES_SERVICE_HOST", "10.0.0.1");
			variables.put("KUBERNETES_SERVICE_PORT", "443");
			context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								variables));
		}

	}

}
