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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.rstreams.interop.support.JavaBots;
import io.rstreams.localbus.LocalBus;

/**
 * A {@link RelayChildApp} in a child JVM on a standalone bus (writes through its Kinesis
 * API), to be killed.
 */
final class RelayChild implements AutoCloseable {

	private final Process process;

	private final Path log;

	private RelayChild(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static RelayChild start(LocalBus bus, String name, Path logDir, int n, String... extra) throws IOException {
		Map<String, String> p = new LinkedHashMap<>(JavaBots.busProperties(bus));
		p.put("spring.main.banner-mode", "off");
		p.put("spring.cloud.function.definition", "relay");
		p.put("spring.cloud.stream.bindings.relay-in-0.destination", name + "-in");
		p.put("spring.cloud.stream.bindings.relay-in-0.group", name + "-bot");
		p.put("spring.cloud.stream.bindings.relay-out-0.destination", name + "-out");
		p.put("spring.cloud.stream.rstreams.default.consumer.start", "beginning");
		p.put("spring.cloud.stream.rstreams.default.consumer.batch-size", "500");
		p.put("spring.cloud.stream.rstreams.default.consumer.poll-interval", "100ms");
		p.put("spring.cloud.stream.rstreams.default.consumer.error-backoff", "100ms");
		p.put("spring.cloud.stream.rstreams.default.consumer.lease-duration", "3s");
		p.put("spring.cloud.stream.rstreams.default.consumer.lease-retry-interval", "500ms");
		p.put("spring.cloud.stream.rstreams.default.producer.linger", "20ms");
		for (String e : extra) {
			int eq = e.indexOf('=');
			p.put(e.substring(0, eq), e.substring(eq + 1));
		}
		List<String> command = new ArrayList<>(
				List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java", "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						RelayChildApp.class.getName()));
		p.forEach((k, v) -> command.add("--" + k + "=" + v));
		Files.createDirectories(logDir);
		Path log = logDir.resolve(name + "-child-" + n + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// the local bus accepts any credentials; the child finds these through the AWS
		// SDK's default chain
		builder.environment().put("AWS_ACCESS_KEY_ID", LocalBus.ACCESS_KEY);
		builder.environment().put("AWS_SECRET_ACCESS_KEY", LocalBus.SECRET_KEY);
		Process process = builder.start();
		return new RelayChild(process, log);
	}

	boolean isAlive() {
		return process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	Path log() {
		return log;
	}

	/** kill -9: no shutdown hook, no final checkpoint, no lease release. */
	void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

}
