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
package io.rstreams.console;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.rstreams.client.BusConfig;
import io.rstreams.client.aws.ObjectStore;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReaderSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * What the console shows, computed from any bus the client can reach: the graph, a queue,
 * a bot, the trace of an event. It only reads (Scan, Query, GetItem on LeoCron, LeoEvent
 * and LeoStream; GetObject for events stored in S3); every view is computed afresh on
 * each call, which is what the page's refresh asks for.
 */
public final class BusConsole {

	private final BusConfig bus;

	private final ConsoleBindings bindings;

	private final GraphBuilder graph;

	private final QueueViewBuilder queues;

	private final BotViewBuilder bots;

	private final Tracer tracer;

	/**
	 * @param s3 the bus bucket, for events stored in S3 files
	 * @param bindings the host application's consumer bindings
	 * ({@link ConsoleBindings#NONE} for none)
	 */
	public BusConsole(DynamoDbAsyncClient dynamo, ObjectStore s3, BusConfig bus, Clock clock, HealthRules rules,
			ConsoleBindings bindings, Duration callTimeout) {
		this.bus = Objects.requireNonNull(bus, "bus");
		this.bindings = Objects.requireNonNull(bindings, "bindings");
		QueueReader reader = new QueueReader(dynamo, s3, bus,
				ReaderSettings.defaults().withClock(clock).withCallTimeout(callTimeout));
		BusTables tables = new BusTables(dynamo, bus, callTimeout);
		EventCounter counter = new EventCounter(reader);
		EventPages pages = new EventPages(reader);
		ProducerScan producers = new ProducerScan(tables, pages);
		this.graph = new GraphBuilder(tables, counter, producers, rules, clock);
		this.queues = new QueueViewBuilder(tables, reader, counter, pages, graph, producers, clock);
		this.bots = new BotViewBuilder(tables, reader, graph, clock);
		this.tracer = new Tracer(tables, reader, pages);
	}

	public BusConfig bus() {
		return bus;
	}

	public GraphView graph() {
		return graph.build(bindings());
	}

	/**
	 * @param after read after this eid (or from this partial eid); {@code null} for the
	 * newest events
	 * @param path a JSON path to filter on, or {@code null}
	 * @throws IllegalArgumentException for an eid or a path that is not one
	 */
	public QueueView queue(String queue, String after, int limit, String path, String value) {
		EventFilter filter = path == null || path.isBlank() ? null : EventFilter.parse(path, value);
		return queues.build(queue, after, Math.max(1, Math.min(limit, 500)), filter);
	}

	/** The bot's view, or {@code null} when LeoCron has no such bot. */
	public BotView bot(String botId, boolean actionsEnabled) {
		return bots.build(botId, bindings(), actionsEnabled);
	}

	/**
	 * @throws IllegalArgumentException when {@code eid} is not a full eid
	 */
	public TraceView trace(String queue, String eid) {
		return tracer.trace(queue, eid);
	}

	private List<BindingView> bindings() {
		return bindings.bindings();
	}

}
