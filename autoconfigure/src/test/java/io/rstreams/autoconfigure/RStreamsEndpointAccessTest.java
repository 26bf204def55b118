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

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.jmx.JmxEndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.OperationType;
import org.springframework.boot.actuate.endpoint.jmx.ExposableJmxEndpoint;
import org.springframework.boot.actuate.endpoint.jmx.JmxEndpointsSupplier;
import org.springframework.boot.actuate.endpoint.jmx.JmxOperation;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jmx.JmxAutoConfiguration;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code rstreams} endpoint's write operation (move a checkpoint, pause, resume) is
 * not available unless the application allows it; reading is. Access is applied by Spring
 * Boot's endpoint discovery, the same for every technology (web, JMX).
 */
class RStreamsEndpointAccessTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class, JmxAutoConfiguration.class,
				JmxEndpointAutoConfiguration.class))
		// as in an application: 'unrestricted' binds to Access.UNRESTRICTED
		.withInitializer(context -> context.getEnvironment().setConversionService(new ApplicationConversionService()))
		.withPropertyValues("spring.jmx.enabled=true", "spring.jmx.unique-names=true",
				"management.endpoints.jmx.exposure.include=rstreams")
		// discovery only looks at the annotations: nothing is invoked
		.withBean(RStreamsEndpoint.class, () -> new RStreamsEndpoint(null, null));

	@Test
	void onlyReadsByDefault() {
		runner.run(context -> assertThat(operations(context.getBean(JmxEndpointsSupplier.class)))
			.containsExactly(OperationType.READ));
	}

	@Test
	void writesWhenAllowed() {
		runner.withPropertyValues("management.endpoint.rstreams.access=unrestricted")
			.run(context -> assertThat(operations(context.getBean(JmxEndpointsSupplier.class)))
				.containsExactlyInAnyOrder(OperationType.READ, OperationType.WRITE));
	}

	private static Set<OperationType> operations(JmxEndpointsSupplier endpoints) {
		ExposableJmxEndpoint rstreams = endpoints.getEndpoints()
			.stream()
			.filter(e -> e.getEndpointId().equals(EndpointId.of("rstreams")))
			.findFirst()
			.orElseThrow();
		return rstreams.getOperations().stream().map(JmxOperation::getType).collect(Collectors.toSet());
	}

}
