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
package io.rstreams.interop.chaos;

import java.util.function.Function;

import io.rstreams.client.Json;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bot the crash tests kill: a {@code Function} relaying {@code {"n": k}} to
 * {@code {"n": k, "relayed": true}}, run in its own JVM and configured entirely by
 * command-line properties (bus endpoints, queues, bot id).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RelayChildApp {

	@Bean
	Function<JsonNode, JsonNode> relay() {
		return in -> {
			ObjectNode out = Json.mapper().createObjectNode();
			out.set("n", in.get("n"));
			out.put("relayed", true);
			return out;
		};
	}

	public static void main(String[] args) {
		SpringApplication.run(RelayChildApp.class, args);
	}

}
