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
package io.rstreams.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.rstreams.client.Event;
import io.rstreams.client.EventId;
import io.rstreams.client.Json;
import io.rstreams.client.codec.EnvelopeLine;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.LineReader;
import io.rstreams.client.codec.MultiMemberGzipInputStream;
import io.rstreams.client.codec.NdjsonChunk;
import io.rstreams.client.codec.WireLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a consumer binding does per event between the stored block and the function's
 * argument, for one gzip block of 100 events of ~224 B payload: the path before the
 * stored payload bytes were kept ({@code treeThenBytes}: the line as a tree, the payload
 * written out again, then parsed into the type) against the path now
 * ({@code storedBytes}: the envelope parsed, the payload's bytes sliced, parsed once into
 * the type), beside a baseline that only parses each line as a tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PayloadPathBenchmark {

	static final int EVENTS = 100;

	static final String BASE = "z/2026/11/25/00/00/1795000000000";

	byte[] block;

	/** The shape of a typical bot's input. */
	public record Order(String orderId, String customer, int quantity, double price, String sku, String note,
			List<String> tags) {
	}

	@Setup
	public void setUp() {
		NdjsonChunk chunk = new NdjsonChunk();
		for (int i = 0; i < EVENTS; i++) {
			Order order = new Order("o-" + i, "customer-" + (i % 977), i % 13, (i % 1000) / 10.0, "SKU-0000" + (i % 50),
					"a note of some length to make it about 224 bytes of payload", List.of("a", "b", "c"));
			chunk.add(WireLine.of(Event.builder()
				.id("id-" + i)
				.event("orders")
				.payload(Json.mapper().valueToTree(order))
				.eventSourceTimestamp(1_795_000_000_000L + i)
				.build()));
		}
		block = chunk.gzip();
	}

	@Benchmark
	@OperationsPerInvocation(EVENTS)
	public void treeThenBytes(Blackhole hole) throws IOException {
		for (Event e : decode()) {
			byte[] json = Json.mapper().writeValueAsBytes(e.payload());
			hole.consume(Json.mapper().readValue(json, Order.class));
		}
	}

	@Benchmark
	@OperationsPerInvocation(EVENTS)
	public void storedBytes(Blackhole hole) throws IOException {
		try (LineReader lines = lines()) {
			long i = 0;
			while (lines.next()) {
				EnvelopeLine line = EnvelopeLine.parse(lines.bytes(), 0, lines.length());
				hole.consume(EventCodec.fromObject(line.envelope(), BASE + "-" + EventId.pad7(i++)));
				hole.consume(Json.mapper().readValue(line.payload(), Order.class));
			}
		}
	}

	@Benchmark
	@OperationsPerInvocation(EVENTS)
	public void treeBaseline(Blackhole hole) throws IOException {
		try (LineReader lines = lines()) {
			while (lines.next()) {
				hole.consume(Json.mapper().readTree(lines.bytes(), 0, lines.length()));
			}
		}
	}

	private List<Event> decode() throws IOException {
		List<Event> events = new ArrayList<>(EVENTS);
		try (LineReader lines = lines()) {
			long i = 0;
			while (lines.next()) {
				ObjectNode node = EventCodec.parseObject(lines.bytes(), 0, lines.length());
				events.add(EventCodec.fromObject(node, BASE + "-" + EventId.pad7(i++)));
			}
		}
		return events;
	}

	private LineReader lines() {
		return new LineReader(new MultiMemberGzipInputStream(new ByteArrayInputStream(block)));
	}

}
