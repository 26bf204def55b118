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
package io.rstreams.localbus.faults;

import java.time.Duration;

/**
 * The chaos suites' mix: 16% of every call fails, spread over throttling, 5xx, resets
 * before and after the call was applied, truncated bodies and timeouts.
 */
public final class FaultMix {

	/** The share of calls the mix fails. */
	public static final double SHARE = 0.16;

	private FaultMix() {
	}

	/** Adds the mix's rules, for every operation, after the rules already there. */
	public static void onEveryCall(FaultInjector faults) {
		faults.add(FaultRule.rate("*", Fault.THROTTLE, 0.04));
		faults.add(FaultRule.rate("*", Fault.SERVER_ERROR, 0.04));
		faults.add(FaultRule.rate("*", Fault.RESET_BEFORE, 0.02));
		faults.add(FaultRule.rate("*", Fault.RESET_AFTER, 0.03));
		faults.add(FaultRule.rate("*", Fault.TRUNCATE, 0.025));
		faults.add(FaultRule.rate("*", Fault.TIMEOUT, 0.005).delay(Duration.ofSeconds(3)));
	}

	/**
	 * The lowest share of failed calls a run of {@code calls} calls may show and still be
	 * the configured mix: three standard deviations of sampling below {@link #SHARE}.
	 */
	public static double minimumShare(long calls) {
		return SHARE - 3 * Math.sqrt(SHARE * (1 - SHARE) / calls);
	}

}
