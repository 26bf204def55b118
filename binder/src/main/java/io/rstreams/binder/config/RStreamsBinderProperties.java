package io.rstreams.binder.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the RStreams binder itself, for every binding ({@code spring.cloud.stream.rstreams.binder.*}). */
@ConfigurationProperties("spring.cloud.stream.rstreams.binder")
public class RStreamsBinderProperties {

	/**
	 * Observe the bindings' sends and receipts when an ObservationRegistry exists; with a tracer, the envelope's
	 * traceparent carries a trace from bot to bot.
	 */
	private boolean observationEnabled = true;

	public boolean isObservationEnabled() {
		return observationEnabled;
	}

	public void setObservationEnabled(boolean observationEnabled) {
		this.observationEnabled = observationEnabled;
	}
}
