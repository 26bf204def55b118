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
 * The bot the crash tests kill: a {@code Function} relaying {@code {"n": k}} to {@code {"n": k, "relayed": true}},
 * run in its own JVM and configured entirely by command-line properties (bus endpoints, queues, bot id).
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
