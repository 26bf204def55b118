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
package io.rstreams.binder;

import io.rstreams.binder.status.BindingState;
import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import io.rstreams.binder.inbound.RStreamsInboundChannelAdapter;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.MessageChannel;

/** Test access to the binder of an application and its consumer bindings. */
public final class Bindings {

	private Bindings() {
	}

	public static RStreamsMessageChannelBinder binder(ApplicationContext context) {
		return (RStreamsMessageChannelBinder) context.getBean(BinderFactory.class)
			.getBinder(null, MessageChannel.class);
	}

	public static RStreamsInboundChannelAdapter consumer(ApplicationContext context, String binding) {
		return binder(context).consumers().get(binding);
	}

	/** Whether the binding has resolved its start position and is reading. */
	public static boolean reading(ApplicationContext context, String binding) {
		RStreamsInboundChannelAdapter adapter = consumer(context, binding);
		return adapter != null && adapter.state() == BindingState.RUNNING && adapter.position() != null;
	}

}
