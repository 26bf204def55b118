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
		return (RStreamsMessageChannelBinder) context.getBean(BinderFactory.class).getBinder(null, MessageChannel.class);
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
