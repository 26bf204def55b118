package io.rstreams.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.rstreams.client.Event;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.codec.Gzip;
import io.rstreams.client.codec.Json;
import io.rstreams.client.codec.LineReader;
import io.rstreams.client.codec.MultiMemberGzipInputStream;
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
 * The two codec paths every event crosses, each beside a baseline doing the same work with the plainest tools:
 * <ul>
 * <li>encode: 100 events into one gzip NDJSON Kinesis record ({@code EventCodec} + chunk-local eids) vs
 * {@code ObjectMapper.writeValueAsBytes} + {@code GZIPOutputStream};</li>
 * <li>decode: one stored gzip block of 100 events back into events with full eids ({@code MultiMemberGzipInputStream}
 * + {@code LineReader} + {@code EventCodec}) vs {@code GZIPInputStream} + {@code BufferedReader} +
 * {@code ObjectMapper.readTree}.</li>
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
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		for (int i = 0; i < events.size(); i++) {
			text.writeBytes(EventCodec.toWireLine(events.get(i), i));
		}
		block = Gzip.compress(text.toByteArray());
	}

	@Benchmark
	@OperationsPerInvocation(EVENTS)
	public byte[] encodeRecord() {
		ByteArrayOutputStream text = new ByteArrayOutputStream(EVENTS * 1100);
		for (int i = 0; i < events.size(); i++) {
			text.writeBytes(EventCodec.toWireLine(events.get(i), i));
		}
		return Gzip.compress(text.toByteArray());
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
				hole.consume(EventCodec.fromObject(node, base + "-" + io.rstreams.client.EventId.pad7(i++)));
			}
		}
	}

	@Benchmark
	@OperationsPerInvocation(EVENTS)
	public void decodeBaseline(Blackhole hole) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(new ByteArrayInputStream(block)), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				JsonNode node = Json.mapper().readTree(line);
				hole.consume(node);
			}
		}
	}
}
