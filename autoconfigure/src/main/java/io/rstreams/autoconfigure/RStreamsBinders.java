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

import java.util.ArrayList;
import java.util.List;

import io.rstreams.binder.channel.RStreamsMessageChannelBinder;

import org.springframework.cloud.stream.binder.Binder;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.messaging.MessageChannel;

/**
 * The RStreams binders an application uses: the declared ones of type {@code rstreams}
 * (one per bus, {@code spring.cloud.stream.binders}), else the default one.
 */
final class RStreamsBinders {

	private RStreamsBinders() {
	}

	/**
	 * @param bindingService the declared binders, or {@code null} (then only the default
	 * binder)
	 * @return the binders, empty when the RStreams binder is not in use
	 */
	static List<RStreamsMessageChannelBinder> inUse(BinderFactory binders, BindingServiceProperties bindingService) {
		List<String> names = new ArrayList<>();
		if (bindingService != null) {
			bindingService.getBinders().forEach((name, properties) -> {
				if ("rstreams".equals(properties.getType()) || "rstreams".equals(name)) {
					names.add(name);
				}
			});
		}
		if (names.isEmpty()) {
			names.add("rstreams");
		}
		List<RStreamsMessageChannelBinder> found = new ArrayList<>();
		for (String name : names) {
			Binder<MessageChannel, ?, ?> binder = binders.getBinder(name, MessageChannel.class);
			if (binder instanceof RStreamsMessageChannelBinder rstreams) {
				found.add(rstreams);
			}
		}
		return found;
	}

}
