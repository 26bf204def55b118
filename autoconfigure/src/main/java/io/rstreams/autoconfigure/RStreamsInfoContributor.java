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

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds the resolved bus to {@code /actuator/info} under {@code rstreams.bus}: where its
 * configuration came from, its region and resource names. Nothing else of a secret is
 * ever shown.
 */
public class RStreamsInfoContributor implements InfoContributor {

	/**
	 * Said in words, because {@code embedded: true} alone is easy to miss and an embedded
	 * bus in production loses what the bots write.
	 */
	static final String EMBEDDED_NOTE = "Embedded local bus: in memory, in this process; its events are gone when "
			+ "the application stops. Not a real bus.";

	private final ObjectProvider<ResolvedBus> resolved;

	public RStreamsInfoContributor(ObjectProvider<ResolvedBus> resolved) {
		this.resolved = resolved;
	}

	@Override
	public void contribute(Info.Builder builder) {
		ResolvedBus bus = resolved.getIfAvailable();
		if (bus == null) {
			return;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("origin", bus.origin());
		details.put("local", bus.local());
		details.put("embedded", bus.local());
		if (bus.local()) {
			details.put("note", EMBEDDED_NOTE);
		}
		bus.config().asMap().forEach((key, value) -> {
			if (value != null) {
				details.put(key, value);
			}
		});
		builder.withDetail("rstreams", Map.of("bus", details));
	}

}
