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
package io.rstreams.binder.inbound;

import java.time.Clock;
import java.time.Duration;

import io.rstreams.binder.status.Failures;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the events ahead of the binding's position, at most once per lag interval (one
 * small LeoStream query), and 0 at once when caught up.
 */
final class LagMeter {

	private static final Logger log = LoggerFactory.getLogger(LagMeter.class);

	private static final int MAX_PAGES = 10;

	private final QueueReader reader;

	private final String queue;

	private final Duration interval;

	private final BindingCounters counters;

	private final Clock clock;

	private final String bindingName;

	LagMeter(QueueReader reader, String queue, Duration interval, BindingCounters counters, Clock clock,
			String bindingName) {
		this.reader = reader;
		this.queue = queue;
		this.interval = interval;
		this.counters = counters;
		this.clock = clock;
		this.bindingName = bindingName;
	}

	void measure(ReadPosition position) {
		String max = counters.maxEid();
		long now = clock.millis();
		if (max == null || !position.isBefore(max)) {
			counters.lag(0, true, now);
			return;
		}
		if (now - counters.lagMeasuredAt() < interval.toMillis()) {
			return;
		}
		try {
			QueueReader.EventCount count = reader.countEvents(queue, position, max, MAX_PAGES);
			counters.lag(count.events(), count.exact(), now);
		}
		catch (RuntimeException ex) {
			log.debug("Binding '{}': could not measure the lag: {}", bindingName, Failures.describe(ex));
			counters.lagAttempted(now);
		}
	}

	/**
	 * While blocked the lag still shows how far behind the binding falls; failing to
	 * measure it changes nothing.
	 */
	void measureQuietly(ReadPosition position) {
		try {
			measure(position);
		}
		catch (RuntimeException ex) {
			log.debug("Binding '{}': could not measure the lag while blocked: {}", bindingName, Failures.describe(ex));
		}
	}

}
