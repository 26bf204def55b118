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

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.rstreams.client.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every RStreams property has a description in the configuration metadata the build
 * generates from the javadoc of the properties classes, so IDEs can show what it does.
 */
class ConfigurationMetadataTest {

	@Test
	void everyRStreamsPropertyIsDescribed() throws Exception {
		List<String> properties = new ArrayList<>();
		List<String> undocumented = new ArrayList<>();
		for (URL url : Collections
			.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			JsonNode metadata;
			try (InputStream in = url.openStream()) {
				metadata = Json.mapper().readTree(in);
			}
			for (JsonNode p : metadata.path("properties")) {
				String name = p.path("name").asString();
				if (!name.startsWith("spring.cloud.stream.rstreams.")) {
					continue;
				}
				properties.add(name);
				if (p.path("description").asString("").isBlank()) {
					undocumented.add(name);
				}
			}
		}
		assertThat(properties).contains("spring.cloud.stream.rstreams.bus.name",
				"spring.cloud.stream.rstreams.bus.secret-name", "spring.cloud.stream.rstreams.bus.leo-stream",
				"spring.cloud.stream.rstreams.bus.endpoints.dynamodb", "spring.cloud.stream.rstreams.bus.local.enabled",
				"spring.cloud.stream.rstreams.default.consumer.checkpoint-mode",
				"spring.cloud.stream.rstreams.default.consumer.start",
				"spring.cloud.stream.rstreams.default.producer.mode");
		assertThat(undocumented).as("properties without a description").isEmpty();
	}

}
