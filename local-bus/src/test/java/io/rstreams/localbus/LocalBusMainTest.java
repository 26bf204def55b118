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
package io.rstreams.localbus;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalBusMainTest {

	@Test
	void parsesEveryFlagInBothSpellings() {
		LocalBusArguments args = LocalBusArguments.parse("--port", "4000", "--name=DevBus", "--kinesis-endpoint",
				"http://127.0.0.1:4568", "--s3-directory=/tmp/bus-files");
		assertThat(args.help()).isFalse();
		assertThat(args.options().port()).isEqualTo(4000);
		assertThat(args.options().name()).isEqualTo("DevBus");
		assertThat(args.options().kinesisEndpoint()).isEqualTo(URI.create("http://127.0.0.1:4568"));
		assertThat(args.options().s3Directory()).isEqualTo(Path.of("/tmp/bus-files"));
	}

	@Test
	void defaultsAreAFreePortAndNoKinesis() {
		LocalBusArguments args = LocalBusArguments.parse();
		assertThat(args.options()).isEqualTo(LocalBusOptions.defaults());
		assertThat(LocalBusArguments.parse("--help").help()).isTrue();
	}

	@Test
	void wrongArgumentsAreNamed() {
		assertThatThrownBy(() -> LocalBusArguments.parse("--prot", "1")).hasMessage("Unknown argument --prot");
		assertThatThrownBy(() -> LocalBusArguments.parse("--port", "70000"))
			.hasMessageContaining("--port is 0 to 65535");
		assertThatThrownBy(() -> LocalBusArguments.parse("--kinesis-endpoint", "127.0.0.1:4568"))
			.hasMessageContaining("--kinesis-endpoint is an http(s) URL");
		assertThatThrownBy(() -> LocalBusArguments.parse("--name")).hasMessage("Missing value after --name");
		assertThatThrownBy(() -> LocalBusArguments.parse("--name", "no spaces"))
			.hasMessageContaining("letters, digits");
	}

	@Test
	void theConsoleIsOnByDefaultOnAFreePortAndCanBeMovedOrTurnedOff() {
		LocalBusArguments defaults = LocalBusArguments.parse();
		assertThat(defaults.console()).isTrue();
		assertThat(defaults.consolePort()).isZero();
		LocalBusArguments moved = LocalBusArguments.parse("--console-port", "4001", "--port=4000");
		assertThat(moved.consolePort()).isEqualTo(4001);
		assertThat(moved.options().port()).isEqualTo(4000);
		assertThat(LocalBusArguments.parse("--no-console", "--name", "Bus").console()).isFalse();
		assertThatThrownBy(() -> LocalBusArguments.parse("--console-port", "x"))
			.hasMessage("--console-port is 0 to 65535, got 'x'");
		assertThat(LocalBusArguments.USAGE).contains("--console-port N", "--no-console");
	}

	@Test
	void printsTheConsolesAddressWithTheEndpoints() {
		try (LocalBus bus = LocalBus.start(LocalBusOptions.defaults().withName("ConsoleBus"))) {
			String text = LocalBusMain.describe(bus, URI.create("http://127.0.0.1:4001/"));
			assertThat(text)
				.contains("  Console            http://127.0.0.1:4001/  (bots, queues, lag, events, traces");
			assertThat(LocalBusMain.describe(bus)).doesNotContain("Console ");
		}
	}

	@Test
	void describesWhatABotNeedsToJoin() {
		try (LocalBus bus = LocalBus.start(LocalBusOptions.defaults().withName("DescribedBus"))) {
			String text = LocalBusMain.describe(bus);
			assertThat(text).contains("DynamoDB endpoint  " + bus.endpoint())
				.contains("S3 endpoint        " + bus.endpoint())
				.contains("Kinesis endpoint   " + bus.endpoint() + "  (stream DescribedBus-LeoKinesisStream, served")
				.contains("RSTREAMS_CONFIG='" + bus.rstreamsConfigJson() + "'")
				.contains("export SPRING_CLOUD_STREAM_RSTREAMS_BUS_ENDPOINTS_KINESIS=" + bus.endpoint() + "\n")
				.contains("export RSTREAMS_KINESIS_ENDPOINT=" + bus.endpoint() + "\n")
				.contains("export RSTREAMS_DYNAMODB_ENDPOINT=" + bus.endpoint() + "\n")
				.contains("export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_REGION=us-east-1\n")
				.endsWith("\nReady.\n");
		}
	}

}
