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

import io.rstreams.client.BusConfig;
import io.rstreams.client.InvalidBusConfigException;
import io.rstreams.client.MissingBusResourceException;
import io.rstreams.client.RStreamsException;
import io.rstreams.client.aws.AwsCallException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a bus that cannot be found or used into Spring Boot's start-up report: what was
 * looked for, where, and what to set, instead of a stack trace.
 */
public class RStreamsConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<RStreamsException> {

	private static final String SKIP = " (or set " + BusConfigResolver.PREFIX + ".verify=false to skip the check).";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RStreamsException cause) {
		if (cause instanceof RStreamsConfigurationException config) {
			return new FailureAnalysis(config.getMessage(), config.action(), config);
		}
		if (cause instanceof MissingBusResourceException missing) {
			return new FailureAnalysis(missing.getMessage(), action(missing), missing);
		}
		if (cause instanceof InvalidBusConfigException invalid) {
			return new FailureAnalysis(invalid.getMessage(),
					"Provide every key of the bus configuration: " + String.join(", ", BusConfig.REQUIRED_KEYS) + ".",
					invalid);
		}
		return null;
	}

	/**
	 * A check that was refused, got no answer or failed for a moment is not fixed by
	 * changing names.
	 */
	private static String action(MissingBusResourceException missing) {
		if (missing.getCause() instanceof AwsCallException call && call.isAccessDenied()) {
			return "Give the application's AWS identity the IAM permission "
					+ (call.iamAction() != null ? call.iamAction() : "for the check") + " on '" + missing.resourceName()
					+ "' (the bus's " + missing.key() + "), or check its AWS credentials" + SKIP;
		}
		if (missing.getCause() instanceof AwsCallException call && "Timeout".equals(call.errorCode())) {
			return "Check that the AWS endpoint is reachable from here (network, proxy, VPC endpoint, "
					+ BusConfigResolver.PREFIX + ".endpoints.*), or raise " + BusConfigResolver.PREFIX + ".call-timeout"
					+ SKIP;
		}
		if (missing.getCause() instanceof AwsCallException call && call.isTransient()) {
			return "Retry start-up (the AWS SDK already retried the check); if it keeps failing, check the health of "
					+ "the AWS service in the bus's region and network access to its endpoint" + SKIP;
		}
		return "Check that the bus configuration names the tables, stream and bucket of an existing bus in that region "
				+ "(" + BusConfigResolver.PREFIX + ".*), or set " + BusConfigResolver.PREFIX
				+ ".verify=false to skip the check.";
	}

}
