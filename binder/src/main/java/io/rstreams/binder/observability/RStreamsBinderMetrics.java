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
package io.rstreams.binder.observability;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.rstreams.binder.outbound.RStreamsMessageHandler;
import io.rstreams.binder.status.BindingStats;
import io.rstreams.binder.status.BindingStatus;

/**
 * Micrometer meters of every binding, tagged {@code binding}, {@code queue} and
 * {@code bot}:
 * <ul>
 * <li>{@code rstreams.consumer.events.read}, {@code .events.failed},
 * {@code .checkpoints}, {@code .checkpoint.failures} (counters);</li>
 * <li>{@code rstreams.consumer.lag.events}: events stored after the binding's position up
 * to the queue's max eid (measured every lag-interval);
 * {@code rstreams.consumer.lag.time}: now minus the {@code event_source_timestamp} of the
 * last event handled, in seconds; {@code rstreams.consumer.lease.held}: 1 or 0;</li>
 * <li>{@code rstreams.producer.events.written}, {@code .events.failed}, {@code .retries}
 * (counters) and {@code rstreams.producer.pending} (gauge).</li>
 * </ul>
 */
public class RStreamsBinderMetrics {

	private final MeterRegistry registry;

	private final Clock clock;

	private final Map<String, List<Meter>> meters = new ConcurrentHashMap<>();

	public RStreamsBinderMetrics(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	public void consumerBound(String binding, BindingStatus a) {
		BindingStats s = a.stats();
		Tags tags = Tags.of("binding", binding, "queue", a.queue(), "bot", a.botId() == null ? "anonymous" : a.botId());
		List<Meter> list = new ArrayList<>();
		list.add(FunctionCounter.builder("rstreams.consumer.events.read", s, BindingStats::eventsRead)
			.tags(tags)
			.description("Events read from the queue and handed to the application")
			.register(registry));
		list.add(FunctionCounter.builder("rstreams.consumer.events.failed", s, BindingStats::eventsFailed)
			.tags(tags)
			.description("Events (or undecodable stored data) sent to the error channel")
			.register(registry));
		list.add(FunctionCounter.builder("rstreams.consumer.checkpoints", s, BindingStats::checkpoints)
			.tags(tags)
			.description("Read checkpoints written")
			.register(registry));
		list.add(FunctionCounter.builder("rstreams.consumer.checkpoint.failures", s, BindingStats::checkpointFailures)
			.tags(tags)
			.description("Checkpoints that could not be written")
			.register(registry));
		list.add(Gauge.builder("rstreams.consumer.lag.events", s, BindingStats::lagEvents)
			.tags(tags)
			.description("Events stored after the binding's position, up to the queue's max eid")
			.register(registry));
		list.add(Gauge.builder("rstreams.consumer.lag.time", s, st -> st.lagMillis(clock.millis()) / 1000.0)
			.tags(tags)
			.baseUnit("seconds")
			.description("Now minus the event_source_timestamp of the last event handled")
			.register(registry));
		list.add(Gauge.builder("rstreams.consumer.lease.held", a, ad -> ad.leaseHeld() ? 1 : 0)
			.tags(tags)
			.description("1 while this instance holds the bot's lease on the queue")
			.register(registry));
		meters.put("consumer:" + binding + ":" + a.queue(), list);
	}

	public void producerBound(String binding, RStreamsMessageHandler h, String botId) {
		Tags tags = Tags.of("binding", binding, "queue", h.queue(), "bot", botId == null ? "" : botId);
		List<Meter> list = new ArrayList<>();
		list.add(FunctionCounter.builder("rstreams.producer.events.written", h.writer(), w -> w.eventsAccepted())
			.tags(tags)
			.description("Events the bus accepted")
			.register(registry));
		list.add(FunctionCounter.builder("rstreams.producer.events.failed", h.writer(), w -> w.eventsFailed())
			.tags(tags)
			.description("Events that could not be written")
			.register(registry));
		list.add(FunctionCounter.builder("rstreams.producer.retries", h.writer(), w -> w.recordRetries())
			.tags(tags)
			.description("Records sent again after the bus refused them")
			.register(registry));
		list.add(Gauge.builder("rstreams.producer.pending", h.writer(), w -> w.pending())
			.tags(tags)
			.description("Events buffered or in flight")
			.register(registry));
		meters.put("producer:" + binding, list);
	}

	/**
	 * Removes the meters of one queue of a consumer binding (a binding of several queues
	 * has meters per queue, tagged with it).
	 */
	public void unbound(String kind, String binding, String queue) {
		unbound(kind, binding + ":" + queue);
	}

	public void unbound(String kind, String binding) {
		List<Meter> list = meters.remove(kind + ":" + binding);
		if (list != null) {
			list.forEach(registry::remove);
		}
	}

}
