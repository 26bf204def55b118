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

import io.rstreams.binder.channel.RStreamsMessageChannelBinder;
import io.rstreams.binder.properties.RStreamsConsumerProperties;
import io.rstreams.binder.properties.RStreamsProducerProperties;
import io.rstreams.binder.provisioning.RStreamsQueueProvisioner;
import io.rstreams.localbus.LocalBus;
import org.springframework.cloud.stream.binder.AbstractTestBinder;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.ExtendedProducerProperties;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The RStreams binder on a local bus, wrapped for Spring Cloud Stream's contract tests.
 */
class RStreamsTestBinder extends
		AbstractTestBinder<RStreamsMessageChannelBinder, ExtendedConsumerProperties<RStreamsConsumerProperties>, ExtendedProducerProperties<RStreamsProducerProperties>> {

	private final GenericApplicationContext context = new GenericApplicationContext();

	RStreamsTestBinder(LocalBus bus) throws Exception {
		RStreamsBusConnection connection = LocalBusSupport.connection(bus);
		RStreamsMessageChannelBinder binder = new RStreamsMessageChannelBinder(connection,
				new RStreamsQueueProvisioner(connection));
		context.refresh();
		binder.setApplicationContext(context);
		binder.afterPropertiesSet();
		setBinder(binder);
	}

	@Override
	public void cleanup() {
		context.close();
	}

}
