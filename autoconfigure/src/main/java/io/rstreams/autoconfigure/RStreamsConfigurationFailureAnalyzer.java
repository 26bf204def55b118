package io.rstreams.autoconfigure;

import io.rstreams.client.InvalidBusConfigException;
import io.rstreams.client.MissingBusResourceException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a bus that cannot be found or used into Spring Boot's start-up report: what was looked for, where, and
 * what to set, instead of a stack trace.
 */
public class RStreamsConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<io.rstreams.client.RStreamsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, io.rstreams.client.RStreamsException cause) {
		if (cause instanceof RStreamsConfigurationException config) {
			return new FailureAnalysis(config.getMessage(), config.action(), config);
		}
		if (cause instanceof MissingBusResourceException missing) {
			return new FailureAnalysis(missing.getMessage(), "Check that the bus configuration names the tables, stream "
					+ "and bucket of an existing bus in that region (spring.cloud.stream.rstreams.bus.*), or set "
					+ "spring.cloud.stream.rstreams.bus.verify=false to skip the check.", missing);
		}
		if (cause instanceof InvalidBusConfigException invalid) {
			return new FailureAnalysis(invalid.getMessage(), "Provide every key of the bus configuration: "
					+ String.join(", ", io.rstreams.client.BusConfig.REQUIRED_KEYS) + ".", invalid);
		}
		return null;
	}
}
