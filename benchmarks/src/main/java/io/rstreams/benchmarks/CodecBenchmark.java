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

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.rstreams.client.Event;
import io.rstreams.client.EventId;
import io.rstreams.client.Json;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.LineReader;
import io.rstreams.client.codec.MultiMemberGzipInputStream;
import io.rstreams.client.codec.NdjsonChunk;
import io.rstreams.client.codec.WireLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two codec paths every event crosses, each beside a baseline doing the same work
 * with the plainest tools:
 * <ul>
 * <li>encode: 100 events into one gzip NDJSON Kinesis record, the way
 * {@code QueueWriter}'s Kinesis chunk batcher builds it ({@code WireLine} per event in
 * the caller's thread, {@code NdjsonChunk} for the chunk-local eids, its gzip when the
 * chunk closes; {@link #setUp()} checks the bytes are the writer's own record) vs
 * {@code ObjectMapper.writeValueAsBytes} + {@code GZIPOutputStream};</li>
 * <li>decode: one stored gzip block of 100 events back into events with full eids
 * ({@code MultiMemberGzipInputStream} + {@code LineReader} + {@code EventCodec}) vs
 * {@code GZIPInputStream} + {@code BufferedReader} + {@code ObjectMapper.readTree}.</li>
 * </ul>
 * Scores are per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {

	static final int EVENTS = 100;

	List<Event> events;

	List<ObjectNode> plainNodes;

	byte[] block;

	@Setup
	public void setUp() {
		events = Samples.events(EVENTS, 900);
		plainNodes = events.stream().map(EventCodec::toWireNode).toList();
		block = encodeRecord();
		byte[] written = WrittenRecord.of(events);
		if (!Arrays.equals(block, written)) {
			throw new IllegalStateException("encodeRecord no longer builds the record QueueWriter sends");
		}
	}

	@Benchmark
	@OperationsPerInvocation(EVENTS)
	public byte[] encodeRecord() {
		NdjsonChunk chunk = new NdjsonChunk();
		for (Event event : events) {
			chunk.add(WireLine.of(event));
		}
		return chunk.gzip();
	}

	@Benchmark
	@OperationsPerInvocation(EVENTS)
	public byte[] encodeBaseline() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(EVENTS * 400);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			for (ObjectNode node : plainNodes) {
				gzip.write(Json.mapper().writeValueAsBytes(node));
				gzip.write('\n');
			}
		}
		return out.toByteArray();
	}

	@Benchmark
	@OperationsPerInvocation(EVENTS)
	public void decodeBlock(Blackhole hole) throws IOException {
		String base = "z/2026/11/25/00/00/1795000000000";
		try (LineReader lines = new LineReader(new MultiMemberGzipInputStream(new ByteArrayInputStream(block)))) {
			long i = 0;
			while (lines.next()) {
				ObjectNode node = EventCodec.parseObject(lines.bytes(), 0, lines.length());
				hole.consume(EventCodec.fromObject(node, base + "-" + EventId.pad7(i++)));
			}
		}
	}

	@Benchmark
	@OperationsPerInvocation(EVENTS)
	public void decodeBaseline(Blackhole hole) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(block)), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				JsonNode node = Json.mapper().readTree(line);
				hole.consume(node);
			}
		}
	}

}
