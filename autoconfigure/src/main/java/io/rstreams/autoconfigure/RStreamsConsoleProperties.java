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

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bus console, a web page of the bus's bots, queues, lag and events
 * ({@code spring.cloud.stream.rstreams.console.*}). It needs {@code rstreams-console} on
 * the class path ({@code rstreams-local-bus} brings it); it is served on its own port, on
 * loopback, read-only unless {@link #writeEnabled} is set.
 */
@ConfigurationProperties("spring.cloud.stream.rstreams.console")
public class RStreamsConsoleProperties {

	/**
	 * Whether to serve the bus console. Default: true when the application runs on the
	 * embedded local bus because no bus is configured; false when a test forces the
	 * embedded bus and on any other bus (set it to true to serve it there).
	 */
	private Boolean enabled;

	/** Port of the console (0: a free port, logged at start-up). */
	private int port = 0;

	/**
	 * Address the console listens on. Loopback by default: anything else exposes the
	 * bus's events to whoever reaches that address.
	 */
	private String address = "127.0.0.1";

	/**
	 * Whether the console may pause and resume this application's consumer bindings and
	 * move their checkpoints (as the rstreams actuator endpoint does). Off by default:
	 * the page is read-only and refuses these actions.
	 */
	private boolean writeEnabled = false;

	/**
	 * How far (eid time) a reading bot may be behind its queue and still show as healthy.
	 */
	private Duration laggingAfter = Duration.ofMinutes(1);

	/**
	 * How long a reading bot that is behind may go without a checkpoint before it shows
	 * as stale.
	 */
	private Duration staleAfter = Duration.ofMinutes(5);

	public Boolean getEnabled() {
		return enabled;
	}

	public void setEnabled(Boolean enabled) {
		this.enabled = enabled;
	}

	public int getPort() {
		return port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public boolean isWriteEnabled() {
		return writeEnabled;
	}

	public void setWriteEnabled(boolean writeEnabled) {
		this.writeEnabled = writeEnabled;
	}

	public Duration getLaggingAfter() {
		return laggingAfter;
	}

	public void setLaggingAfter(Duration laggingAfter) {
		this.laggingAfter = laggingAfter;
	}

	public Duration getStaleAfter() {
		return staleAfter;
	}

	public void setStaleAfter(Duration staleAfter) {
		this.staleAfter = staleAfter;
	}

}
