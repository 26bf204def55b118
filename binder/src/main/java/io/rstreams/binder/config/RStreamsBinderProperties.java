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
package io.rstreams.binder.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the RStreams binder itself, for every binding
 * ({@code spring.cloud.stream.rstreams.binder.*}).
 */
@ConfigurationProperties("spring.cloud.stream.rstreams.binder")
public class RStreamsBinderProperties {

	/**
	 * Observe the bindings' sends and receipts when an ObservationRegistry exists; with a
	 * tracer, the envelope's traceparent carries a trace from bot to bot.
	 */
	private boolean observationEnabled = true;

	public boolean isObservationEnabled() {
		return observationEnabled;
	}

	public void setObservationEnabled(boolean observationEnabled) {
		this.observationEnabled = observationEnabled;
	}

}
