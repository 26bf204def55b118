package io.rstreams.binder.status;

import java.util.Map;

import io.rstreams.binder.RStreamsBusConnection;

/** The consumer bindings of one binder and the bus they read, as health and the actuator endpoint see them. */
public interface ConsumerBindings {

	/** The consumer bindings, by binding name. */
	Map<String, ConsumerBinding> consumerBindings();

	RStreamsBusConnection connection();
}
