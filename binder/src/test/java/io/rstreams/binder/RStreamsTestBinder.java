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

/** The RStreams binder on a local bus, wrapped for Spring Cloud Stream's contract tests. */
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
